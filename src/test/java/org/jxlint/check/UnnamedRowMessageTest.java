package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.ingest.CanonicalJson;

/** A copy of a row that has no name is told by that row's place, not by its dimension twice. */
class UnnamedRowMessageTest {

  private static final Linter ALL_RULES = new Linter(TestSupport.REGISTRY,
      RuleSelection.defaults(), TestSupport.VOCABULARY);

  private static List<Finding> copies(String firstName) throws Exception {
    String name = firstName == null ? "" : "\"name\": \"" + firstName + "\", ";
    var tree = CanonicalJson.MAPPER.readTree("""
        {"unit": "柳溪乡人民政府", "year": 2026, "kind": "department", "tables": [{"indicators": [
          {"level1": "效益指标", "level2": "经济效益指标", %s"comparator": "定性", "value": "效果明显",
           "explanation": "考核部门履职对当地发展带来的直接或间接影响", "location": {"row": 7}},
          {"level1": "效益指标", "level2": "社会效益指标", "name": "群众安全感提升", "comparator": "定性",
           "value": "提升", "explanation": "考核部门履职对当地发展带来的直接或间接影响", "location": {"row": 8}}
        ]}]}""".formatted(name));
    return ALL_RULES.lint(TestSupport.submission(tree)).stream()
        .filter(f -> f.rule().equals("duplicate-across-dimensions")).toList();
  }

  @Test
  void theUnnamedRowIsToldByItsRow() throws Exception {
    List<Finding> found = copies(null);
    assertEquals(1, found.size());
    assertEquals("duplicate-across-dimensions.explanation-unnamed", found.get(0).messageKey());
    assertEquals(List.of("群众安全感提升", "社会效益指标", "经济效益指标", "7"), found.get(0).args());
  }

  @Test
  void aNamedRowIsToldByItsName() throws Exception {
    List<Finding> found = copies("带动农户增收");
    assertEquals(1, found.size());
    assertEquals("duplicate-across-dimensions.explanation", found.get(0).messageKey());
    assertEquals("带动农户增收", found.get(0).args().get(3));
  }
}
