package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.model.Section;
import org.jxlint.model.SourceLocation;
import org.jxlint.text.TextNormalizer;

/**
 * Builds the prose of a document into sections: numbered headings (一、 and （一）), labelled parts
 * (绩效目标：…, 产出指标：…), the target sections of narrative forms (绩效目标内容1 with its 产出 and
 * 效益 paragraphs), and labelled blocks such as 部门职能概述.
 */
final class ProseBuilder {

  private static final int MAX_HEADING = 30;

  private final LayoutLexicon layout;
  private final List<Node> top = new ArrayList<>();
  private Node level1;
  private Node level2;
  private Node last;
  private Node targets;
  private Node target;

  ProseBuilder(LayoutLexicon layout) {
    this.layout = layout;
  }

  private static final class Node {
    final String heading;
    final StringBuilder text = new StringBuilder();
    final List<Node> parts = new ArrayList<>();
    final SourceLocation location;

    Node(String heading, String text, SourceLocation location) {
      this.heading = heading;
      if (text != null) {
        this.text.append(text);
      }
      this.location = location;
    }

    void append(String more) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(more);
    }

    Section build() {
      List<Section> kids = new ArrayList<>();
      parts.forEach(p -> kids.add(p.build()));
      String t = text.toString().strip();
      return new Section(heading, t.isEmpty() ? null : t, kids, location);
    }
  }

  boolean open() {
    return level1 != null || level2 != null;
  }

  boolean inTargets() {
    return target != null;
  }

  void close() {
    level1 = null;
    level2 = null;
    last = null;
    targets = null;
    target = null;
  }

  void heading1(String text, SourceLocation at) {
    close();
    Node n = headed(text, at);
    top.add(n);
    level1 = n;
    last = n;
  }

  void heading2(String text, SourceLocation at) {
    Node n = headed(text, at);
    (level1 != null ? level1.parts : top).add(n);
    level2 = n;
    last = n;
  }

  /** “绩效目标：负责…” under the current heading. */
  void part(String text, SourceLocation at) {
    Node n = labelledPart(text, at);
    Node parent = level2 != null ? level2 : level1;
    (parent != null ? parent.parts : top).add(n);
    last = n;
  }

  void append(String text) {
    if (last != null) {
      last.append(text);
    }
  }

  /** A block headed by a label cell (部门职能概述 | text). */
  void labelled(String heading, String text, SourceLocation at) {
    close();
    Node n = new Node(stripColon(heading), text, at);
    top.add(n);
    last = n;
  }

  void appendToLast(String text) {
    if (last != null) {
      last.append(text);
    }
  }

  /** A narrative target section (绩效目标内容1：乡镇经济发展) under a container heading. */
  void target(String containerHeading, String text, SourceLocation at) {
    if (targets == null) {
      level1 = null;
      level2 = null;
      targets = new Node(containerHeading == null ? null : TextNormalizer.despace(containerHeading),
          null, at);
      top.add(targets);
    }
    target = new Node(stripColon(TextNormalizer.despace(text)), null, at);
    targets.parts.add(target);
    last = target;
  }

  /** 产出指标：… or 效益指标：… inside the current target section; unlabelled text is kept too. */
  void targetPart(String text, SourceLocation at) {
    Node n = layout.proseParts().startsWith(text) ? labelledPart(text, at)
        : new Node(null, text, at);
    target.parts.add(n);
    last = n;
  }

  List<Section> result() {
    List<Section> out = new ArrayList<>();
    top.forEach(n -> out.add(n.build()));
    return out;
  }

  private Node labelledPart(String text, SourceLocation at) {
    int colon = LabelText.indexOfColon(text);
    if (colon < 0) {
      return new Node(null, text.strip(), at);
    }
    return new Node(TextNormalizer.despace(text.substring(0, colon)),
        text.substring(colon + 1).strip(), at);
  }

  /** A heading paragraph; a long one (“（一）完善制度建设。制定…”) splits at its first full stop. */
  private static Node headed(String text, SourceLocation at) {
    String clean = text.strip();
    int stop = clean.indexOf('。');
    if (clean.length() > MAX_HEADING && stop > 0 && stop < clean.length() - 1) {
      return new Node(clean.substring(0, stop), clean.substring(stop + 1).strip(), at);
    }
    return new Node(clean, null, at);
  }

  private static String stripColon(String s) {
    return s.replaceAll("[:：]+$", "").strip();
  }
}
