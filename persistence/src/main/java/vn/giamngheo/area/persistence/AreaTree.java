package vn.giamngheo.area.persistence;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.area.AreaLevel;
import vn.giamngheo.shared.persistence.CacheConfiguration;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * The one answer to "which communes lie under this area" and its inverse "which areas lie
 * above these communes" (issue 10): before, five recursive CTEs asked it, each a little
 * differently. The tree (provinces, districts, communes with their validity dates;
 * villages are not needed) is read once into Spring's cache
 * ({@link CacheConfiguration#AREA_TREE}) and checked against {@code area_tree_stamp}
 * (V83), which every write to {@code area} moves in its own transaction, so an import, a
 * reform's succession, the demo loader, SQL by hand or another node's change is seen at
 * the next question; one primary-key read per question instead of a recursive walk.
 *
 * <p>
 * Since the 2025 reform a commune may hang directly under its province, and a district
 * may have ended ({@code valid_to}) while its communes were re-parented or ended too
 * ({@code AreaSuccessions}); the dated questions
 * ({@link #communesUnder(Collection, LocalDate)}, {@link #unitsUnder}) answer for the
 * units valid on a day.
 */
@Service
@Transactional(readOnly = true)
public class AreaTree {

	private static final String KEY = "tree";

	private final NamedParameterJdbcTemplate jdbc;

	private final Cache cache;

	public AreaTree(NamedParameterJdbcTemplate jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.cache = caches.getCache(CacheConfiguration.AREA_TREE);
	}

	/** One unit of the tree: what the questions need, nothing about names or kinds. */
	record Node(long id, Long parentId, AreaLevel level, LocalDate validFrom, LocalDate validTo) {

		boolean validOn(LocalDate on) {
			return !validFrom.isAfter(on) && (validTo == null || !validTo.isBefore(on));
		}
	}

	/** The tree as of one stamp: units by id and the children of each. */
	record Snapshot(long stamp, Map<Long, Node> nodes, Map<Long, List<Long>> children) {
	}

	/**
	 * Every commune under the given areas (themselves included when they are communes),
	 * at any depth and date.
	 */
	public Set<Long> communesUnder(Collection<Long> roots) {
		return communesUnder(roots, null);
	}

	public Set<Long> communesUnder(long root) {
		return communesUnder(List.of(root), null);
	}

	/**
	 * The communes under the given areas that are valid on {@code on} (every commune when
	 * {@code on} is null).
	 */
	public Set<Long> communesUnder(Collection<Long> roots, LocalDate on) {
		return communesUnder(snapshot(), roots, on);
	}

	private static Set<Long> communesUnder(Snapshot tree, Collection<Long> roots, LocalDate on) {
		Set<Long> out = new TreeSet<>();
		Deque<Long> todo = new ArrayDeque<>(roots);
		Set<Long> seen = new java.util.HashSet<>();
		while (!todo.isEmpty()) {
			long id = todo.pop();
			Node node = tree.nodes().get(id);
			if (node == null || !seen.add(id)) {
				continue;
			}
			if (node.level() == AreaLevel.COMMUNE) {
				if (on == null || node.validOn(on)) {
					out.add(id);
				}
				continue;
			}
			todo.addAll(tree.children().getOrDefault(id, List.of()));
		}
		return out;
	}

	/**
	 * The units directly under {@code parentId} valid on {@code on}, each with every
	 * commune under it; a child that has ended (a district after the 2025 reform) is
	 * replaced by its own children still valid, so today's province lists its communes
	 * directly once the district level is gone. The map is in no particular order;
	 * callers sort by name in SQL.
	 */
	public Map<Long, Set<Long>> unitsUnder(long parentId, LocalDate on) {
		Snapshot tree = snapshot();
		Map<Long, Set<Long>> out = new LinkedHashMap<>();
		Deque<Long> todo = new ArrayDeque<>(tree.children().getOrDefault(parentId, List.of()));
		while (!todo.isEmpty()) {
			Node node = tree.nodes().get(todo.pop());
			if (node.validOn(on)) {
				// The same snapshot for every unit: one stamp read per question, not one
				// per district.
				out.put(node.id(), communesUnder(tree, List.of(node.id()), null));
			}
			else if (node.level() != AreaLevel.COMMUNE) {
				todo.addAll(tree.children().getOrDefault(node.id(), List.of()));
			}
		}
		return out;
	}

	/**
	 * The given units and every unit above them, up to their provinces: the areas whose
	 * subtree holds one of them.
	 */
	public Set<Long> withAncestors(Collection<Long> ids) {
		Snapshot tree = snapshot();
		Set<Long> out = new TreeSet<>();
		for (Long id : ids) {
			for (Node node = tree.nodes().get(id); node != null
					&& out.add(node.id()); node = node.parentId() == null ? null : tree.nodes().get(node.parentId())) {
			}
		}
		return out;
	}

	/**
	 * The top of the tree above a unit (its province), or the unit itself when it has no
	 * parent.
	 */
	public long provinceOf(long id) {
		Snapshot tree = snapshot();
		Node node = tree.nodes().get(id);
		if (node == null) {
			throw new vn.giamngheo.shared.persistence.NotFoundException("area", id);
		}
		while (node.parentId() != null && tree.nodes().containsKey(node.parentId())) {
			node = tree.nodes().get(node.parentId());
		}
		return node.id();
	}

	/**
	 * The communes whose aggregated figures a scope reads (reports, plans, summaries): a
	 * commune official's and a district officer's own communes, every commune of a
	 * provincial viewer's province. Administrators and data protection officers read none
	 * ({@link OutOfScopeException}).
	 */
	public Set<Long> communesReadBy(Scope scope) {
		if (scope.readsProvinceFigures()) {
			if (scope.provinceId() == null) {
				throw new OutOfScopeException("provincial viewer without a province");
			}
			return communesUnder(scope.provinceId());
		}
		if (scope.mayListPeople()) {
			return new TreeSet<>(scope.communeIds());
		}
		throw new OutOfScopeException("role " + scope.role() + " reads no figures");
	}

	Snapshot snapshot() {
		long stamp = jdbc.queryForObject("SELECT version FROM area_tree_stamp", new MapSqlParameterSource(),
				Long.class);
		Cache.ValueWrapper held = cache.get(KEY);
		if (held != null && held.get() instanceof Snapshot known && known.stamp() == stamp) {
			return known;
		}
		Snapshot fresh = load(stamp);
		cache.put(KEY, fresh);
		return fresh;
	}

	private Snapshot load(long stamp) {
		Map<Long, Node> nodes = new HashMap<>();
		Map<Long, List<Long>> children = new HashMap<>();
		jdbc.query("""
				SELECT id, parent_id, level, valid_from, valid_to FROM area WHERE level <> 'VILLAGE' ORDER BY id""",
				rs -> {
					long parent = rs.getLong("parent_id");
					Long parentId = rs.wasNull() ? null : parent;
					java.sql.Date to = rs.getDate("valid_to");
					Node node = new Node(rs.getLong("id"), parentId, AreaLevel.valueOf(rs.getString("level")),
							rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
					nodes.put(node.id(), node);
					if (parentId != null) {
						children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(node.id());
					}
				});
		children.replaceAll((k, v) -> List.copyOf(v));
		return new Snapshot(stamp, Map.copyOf(nodes), Map.copyOf(children));
	}

}
