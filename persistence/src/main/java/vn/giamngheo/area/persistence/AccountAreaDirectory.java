package vn.giamngheo.area.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.AccountAreas;
import vn.giamngheo.area.AreaLevel;

/**
 * The area tree as accounts read it ({@link AccountAreas}): area implements account's
 * port, not the reverse.
 */
@Component
@Transactional(readOnly = true)
class AccountAreaDirectory implements AccountAreas {

	private final AreaRepository areas;

	private final AreaTree tree;

	AccountAreaDirectory(AreaRepository areas, AreaTree tree) {
		this.areas = areas;
		this.tree = tree;
	}

	@Override
	public Set<Long> communesUnder(Collection<Long> areaIds) {
		return tree.communesUnder(areaIds);
	}

	@Override
	public Map<Long, Tier> tiersOf(Collection<Long> areaIds) {
		return areas.findAllById(areaIds).stream().collect(Collectors.toMap(Area::getId, a -> tier(a.getLevel())));
	}

	@Override
	public List<Assignable> assignable() {
		List<Assignable> out = new ArrayList<>();
		for (AreaLevel level : List.of(AreaLevel.PROVINCE, AreaLevel.DISTRICT, AreaLevel.COMMUNE)) {
			areas.findByLevelOrderByName(level)
				.forEach(a -> out.add(new Assignable(a.getId(), a.getName(), a.getKind().name(), tier(level))));
		}
		return out;
	}

	/**
	 * Constant by constant, never by name: a level added to the tree fails to compile
	 * here.
	 */
	private static Tier tier(AreaLevel level) {
		return switch (level) {
			case PROVINCE -> Tier.PROVINCE;
			case DISTRICT -> Tier.DISTRICT;
			case COMMUNE -> Tier.COMMUNE;
			case VILLAGE -> Tier.VILLAGE;
		};
	}

}
