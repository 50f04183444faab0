package nl.impact.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version Maven wrote into {@code version.properties} and the build into {@code build.properties}
 * at build time (the build is the source's git commit, the same for every build of it), and the Java runtime running it.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        for (String resource : new String[] {"version.properties", "build.properties"}) {
            try (InputStream in = VersionProvider.class.getResourceAsStream(resource)) {
                if (in != null) {
                    properties.load(in);
                }
            }
        }
        return new String[] {line(properties.getProperty("version", "unknown"), properties.getProperty("build", ""))};
    }

    /** {@code impact 0.1.0 (build 9ff87a60f681, Java 17.0.15 Debian)}: one line, for scripts and bug reports. */
    static String line(String version, String build) {
        String commit = build.isBlank() || build.startsWith("${") ? "unknown" : build.strip();
        return "impact " + version + " (build " + commit + ", Java " + System.getProperty("java.runtime.version",
                System.getProperty("java.version")) + " " + System.getProperty("java.vendor", "") + ")";
    }
}
