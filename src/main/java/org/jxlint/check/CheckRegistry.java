package org.jxlint.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** All checks on the class path, found through {@link ServiceLoader}, in id order. */
public final class CheckRegistry {

  private final List<Check> checks;
  private final Map<String, RuleMeta> metas = new LinkedHashMap<>();
  private final Map<Check, RuleMeta> byCheck = new java.util.IdentityHashMap<>();

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

  public Optional<RuleMeta> rule(String id) {
    return Optional.ofNullable(metas.get(id));
  }
}
