#!/usr/bin/env python3
"""Writes a SYNTHETIC scenario of N kernaanpakken for benchmarks (bench/kernaanpakken.sh).

Every figure is made up and marked as an assumption; the file is not a plan. Each kernaanpak uses
the generic `formules` calculator with a shared parameter, a band, a CUMULATIVE formula, two
effects over two domains and a budget line, so every sheet and total of the workbook is exercised.

usage: bench/generate-kernaanpakken.py N > scenario.yaml
"""
import sys


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
        sys.exit("usage: generate-kernaanpakken.py N (N >= 1)")
    n = int(sys.argv[1])
    out = sys.stdout
    out.write(f"""# SYNTHETIC benchmark scenario: {n} kernaanpakken with made-up figures (bench/generate-kernaanpakken.py).
# Not a plan; every number is an assumption for timing only.
name: Synthetisch benchmarkscenario ({n} kernaanpakken)
description: SYNTHETIC scenario for benchmarks; the figures mean nothing.

years:
  first: 2026
  last: 2028
  effectsUntil: 2030

domains:
  Wmo: {{law: Wet maatschappelijke ondersteuning, financier: gemeente}}
  Zvw: {{law: Zorgverzekeringswet, financier: zorgverzekeraar}}

parameters:
  inwoners65plus:
    value: 40000
    kind: count
    unit: inwoners
    assumption: synthetic

kernaanpakken:
""")
    for i in range(1, n + 1):
        k = f"k{i:05d}"
        reach = 0.001 * (1 + i % 7)
        out.write(f"""  {k}:
    name: Synthetische kernaanpak {i}
    description: SYNTHETIC kernaanpak {i} for benchmarks.
    calculator: formules
    bereik:
      kind: fraction
      unit: fractie
      perYear: {{2026: {reach:.4f}, 2027: {2 * reach:.4f}, 2028: {3 * reach:.4f}}}
      assumption: synthetic
    reductie:
      kind: fraction
      min: 0.1
      expected: 0.2
      max: 0.3
      assumption: synthetic
    formulas:
      deelnemers: {{formula: "inwoners65plus * bereik", unit: deelnemers}}
      deelnemersCumulatief: {{formula: "CUMULATIVE(deelnemers)", unit: deelnemers}}
      vermeden: {{formula: "deelnemers * reductie", unit: opnames}}
    effects:
      - name: Minder opnames
        per: vermeden
        timing: {{offset: 0, years: 2}}
        amounts:
          Zvw: {{value: {4000 + i % 1000}, unit: euro per opname, assumption: synthetic}}
          Wmo: {{value: -400, unit: euro per opname, assumption: synthetic}}
      - name: Begeleiding
        per: deelnemers
        timing: direct
        amounts:
          Wmo: {{value: -100, unit: euro per deelnemer, assumption: synthetic}}
""")
    out.write("\nbegroting:\n  lines:\n")
    for i in range(1, n + 1):
        k = f"k{i:05d}"
        out.write(f"""    coach-{k}:
      post: Coaches {i}
      kernaanpak: {k}
      category: personnel
      financier: {"gemeente" if i % 2 else "zorgverzekeraar"}
      quantity: deelnemers
      tariff: {{value: 150, assumption: synthetic}}
""")


if __name__ == "__main__":
    main()
