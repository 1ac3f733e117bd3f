package org.jxlint.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All checks on the class path, found through {@link ServiceLoader}, in id order, and the older
 * ids (aliases) that name them: a retired id, or the id of a rule that is still there but had
 * parts split off it. Everywhere a user writes a rule id, {@link #resolve} turns it into the rules
 * it means: itself and every rule that lists it as an alias.
 */
public final class CheckRegistry {

  private final List<Check> checks;
  private final Map<String, RuleMeta> metas = new LinkedHashMap<>();
  private final Map<Check, RuleMeta> byCheck = new java.util.IdentityHashMap<>();
  private final Map<String, List<String>> successors = new TreeMap<>();

  public CheckRegistry(List<Check> checks) {
    List<Check> sorted = new ArrayList<>(checks);
    sorted.sort(Comparator.comparing(c -> c.meta().id()));
    this.checks = List.copyOf(sorted);
    for (Check c : this.checks) {
      RuleMeta meta = c.meta();
      byCheck.put(c, meta);
      if (metas.put(meta.id(), meta) != null) {
        throw new IllegalStateException("two checks share the id " + meta.id());
      }
    }
    metas.put(RuleMeta.INTERNAL_ERROR.id(), RuleMeta.INTERNAL_ERROR);
    for (RuleMeta meta : metas.values()) {
      for (String alias : new TreeSet<>(meta.aliases())) {
        successors.computeIfAbsent(alias, k -> new ArrayList<>()).add(meta.id());
      }
    }
    successors.replaceAll((alias, ids) -> List.copyOf(ids));
  }

  public static CheckRegistry loadAll() {
    List<Check> found = new ArrayList<>();
    ServiceLoader.load(Check.class, CheckRegistry.class.getClassLoader()).forEach(found::add);
    return new CheckRegistry(found);
  }

  public List<Check> checks() {
    return checks;
  }

  /** Every rule's metadata, the built-in internal-error included. */
  public List<RuleMeta> rules() {
    return List.copyOf(metas.values());
  }

  /** A registered check's metadata, read once when the registry was built. */
  public RuleMeta meta(Check check) {
    return byCheck.get(check);
  }

  /** The rule with exactly this id; aliases are not ids (see {@link #resolve}). */
  public Optional<RuleMeta> rule(String id) {
    return Optional.ofNullable(metas.get(id));
  }

  /**
   * The ids of the rules a user means by {@code id}: the rule itself (when it is one), then every
   * rule that lists it as an alias (in id order), so that a setting, waiver or baseline written
   * before a split covers every part; empty when jxlint knows no such id.
   */
  public List<String> resolve(String id) {
    List<String> split = successors.getOrDefault(id, List.of());
    if (metas.containsKey(id)) {
      List<String> all = new ArrayList<>(List.of(id));
      all.addAll(split);
      return all;
    }
    return split;
  }

  /** Whether a user may write this id: a rule's id or an alias. */
  public boolean knows(String id) {
    return !resolve(id).isEmpty();
  }

  /** Every id a user may write, aliases included, sorted: for suggesting what a typo meant. */
  public Set<String> writableIds() {
    Set<String> all = new TreeSet<>(metas.keySet());
    all.addAll(successors.keySet());
    return all;
  }
}
