package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.config.HeaderLexicon;
import org.jxlint.model.SubmissionKind;
import org.jxlint.text.TextNormalizer;

/**
 * Whether a form is a department's whole budget or a project's: the title and title lines first
 * (部门整体 before 项目/专项 — the word 部门 alone says nothing, 部门项目支出 is a project), then
 * labels only a department's form has (部门职责, 年度履职目标), then a project's own header fields
 * or the word 项目 in the text.
 */
final class KindEvidence {

  private final HeaderLexicon words;
  private final List<String> titleLines = new ArrayList<>();
  private boolean departmentLabel;
  private boolean projectMentioned;
  private boolean projectHeader;

  KindEvidence(HeaderLexicon words) {
    this.words = words;
  }

  void titleLine(String compact) {
    titleLines.add(compact);
  }

  void text(String compact) {
    projectMentioned |= compact.contains("项目") || compact.contains("专项");
  }

  void label(String text) {
    departmentLabel |= words.departmentLabels().startsWith(text);
  }

  void projectHeader() {
    projectHeader = true;
  }

  SubmissionKind kind(String title, boolean anyTable, boolean anyProse, int projects) {
    List<String> lines = new ArrayList<>();
    if (title != null) {
      lines.add(TextNormalizer.compact(title));
    }
    lines.addAll(titleLines);
    if (lines.stream().anyMatch(l -> containsAny(l, words.departmentWords()))) {
      return SubmissionKind.DEPARTMENT;
    }
    if (lines.stream().anyMatch(l -> containsAny(l, words.projectWords()))) {
      return SubmissionKind.PROJECT;
    }
    if (departmentLabel) {
      return SubmissionKind.DEPARTMENT;
    }
    if ((projectHeader && projects == 1) || projectMentioned) {
      return SubmissionKind.PROJECT;
    }
    return anyTable || anyProse ? SubmissionKind.DEPARTMENT : null;
  }

  private static boolean containsAny(String text, List<String> list) {
    return list.stream().anyMatch(w -> text.contains(TextNormalizer.compact(w)));
  }
}
