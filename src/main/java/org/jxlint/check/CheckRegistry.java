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
 * All checks on the class path, found through {@link ServiceLoader}, in id order, and the retired
 * ids (aliases) that name them. Everywhere a user writes a rule id, {@link #resolve} turns it into
 * the rules it means: itself, or every rule that lists it as an alias.
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
        if (metas.containsKey(alias)) {
          // An alias that is also a live id would make one word mean two different sets of rules.
          throw new IllegalStateException("rule " + meta.id() + " lists the alias " + alias
              + ", which is the id of a rule; an alias must be a retired id");
        }
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
   * The ids of the rules a user means by {@code id}: the rule itself, or, for a retired id, every
   * rule that lists it as an alias (in id order); empty when jxlint knows no such id.
   */
  public List<String> resolve(String id) {
    if (metas.containsKey(id)) {
      return List.of(id);
    }
    return successors.getOrDefault(id, List.of());
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
