package org.selfeval.report.print;

import org.selfeval.model.Formats;
import org.selfeval.model.ProjectTableLine;

/** A project's figures in one line, for the machine-readable formats' 说明. */
final class ProjectWords {

    private ProjectWords() {}

    /**
     * "全年预算数 1,300.00 万元，全年执行数 1,280.00 万元，执行率 98.46%", then the 评分规则 that capped the total, or why
     * there is none.
     */
    static String figures(ProjectTableLine l) {
        String funds =
                l.labels().budget()
                        + " "
                        + Formats.amount(l.budget().value())
                        + " 万元，"
                        + l.labels().executed()
                        + " "
                        + Formats.amount(l.executed().value())
                        + " 万元，"
                        + l.labels().rate()
                        + " "
                        + Formats.percent(l.rate());
        if (!l.scored()) return funds + "；自评表存在错误，未评分";
        if (l.capName().isEmpty()) return funds;
        return funds
                + "；按评分规则“"
                + l.capName()
                + "”（"
                + l.capWords()
                + "）封顶，各项之和 "
                + Formats.plain(l.sum());
    }
}
