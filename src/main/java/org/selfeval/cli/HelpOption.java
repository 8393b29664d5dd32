package org.selfeval.cli;

import picocli.CommandLine.Option;

/** The Chinese {@code -h/--help} every subcommand mixes in (picocli's standard one is English). */
public final class HelpOption {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "显示本帮助并退出")
    boolean help;
}
