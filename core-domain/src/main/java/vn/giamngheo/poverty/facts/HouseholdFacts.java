package vn.giamngheo.poverty.facts;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Facts gathered in a review from which the deficiency indicators are derived. Ages are
 * taken on {@code reviewDate}.
 *
 * @param wasteTreatedHygienically household waste is collected or treated hygienically
 * (Decree 351/2025 draft; thresholds unverified)
 */
public record HouseholdFacts(LocalDate reviewDate, List<MemberFacts> members, DwellingFacts dwelling,
		WaterSource waterSource, LatrineType latrine, boolean anyoneUsesTelecom,
		Set<InformationDevice> informationDevices, boolean receivesLoudspeakerBroadcast,
		boolean wasteTreatedHygienically) {

	public HouseholdFacts {
		Objects.requireNonNull(reviewDate, "reviewDate");
		Objects.requireNonNull(dwelling, "dwelling");
		Objects.requireNonNull(waterSource, "waterSource");
		Objects.requireNonNull(latrine, "latrine");
		members = List.copyOf(members);
		if (members.isEmpty()) {
			throw new IllegalArgumentException("a household has at least one member");
		}
		informationDevices = informationDevices.isEmpty() ? Set.of() : Set.copyOf(informationDevices);
	}

	public int memberCount() {
		return members.size();
	}

	public static Builder builder(LocalDate reviewDate) {
		return new Builder(reviewDate);
	}

	public Builder toBuilder() {
		Builder b = new Builder(reviewDate);
		b.members = members;
		b.dwelling = dwelling;
		b.waterSource = waterSource;
		b.latrine = latrine;
		b.anyoneUsesTelecom = anyoneUsesTelecom;
		b.informationDevices = informationDevices;
		b.receivesLoudspeakerBroadcast = receivesLoudspeakerBroadcast;
		b.wasteTreatedHygienically = wasteTreatedHygienically;
		return b;
	}

	/**
	 * Defaults describe a household with no dwelling, water, sanitation or information
	 * deficiency.
	 */
	public static final class Builder {

		private final LocalDate reviewDate;

		private List<MemberFacts> members = List.of();

		private DwellingFacts dwelling = new DwellingFacts(true, true, true, 100.0);

		private WaterSource waterSource = WaterSource.PIPED;

		private LatrineType latrine = LatrineType.SEPTIC_TANK;

		private boolean anyoneUsesTelecom = true;

		private Set<InformationDevice> informationDevices = EnumSet.of(InformationDevice.TELEVISION);

		private boolean receivesLoudspeakerBroadcast = true;

		private boolean wasteTreatedHygienically = true;

		private Builder(LocalDate reviewDate) {
			this.reviewDate = reviewDate;
		}

		public Builder members(List<MemberFacts> v) {
			members = v;
			return this;
		}

		public Builder members(MemberFacts... v) {
			members = List.of(v);
			return this;
		}

		public Builder dwelling(DwellingFacts v) {
			dwelling = v;
			return this;
		}

		public Builder floorArea(double squareMetres) {
			dwelling = new DwellingFacts(dwelling.wallsDurable(), dwelling.frameDurable(), dwelling.roofDurable(),
					squareMetres);
			return this;
		}

		public Builder waterSource(WaterSource v) {
			waterSource = v;
			return this;
		}

		public Builder latrine(LatrineType v) {
			latrine = v;
			return this;
		}

		public Builder anyoneUsesTelecom(boolean v) {
			anyoneUsesTelecom = v;
			return this;
		}

		public Builder informationDevices(Set<InformationDevice> v) {
			informationDevices = v;
			return this;
		}

		public Builder receivesLoudspeakerBroadcast(boolean v) {
			receivesLoudspeakerBroadcast = v;
			return this;
		}

		public Builder wasteTreatedHygienically(boolean v) {
			wasteTreatedHygienically = v;
			return this;
		}

		public HouseholdFacts build() {
			return new HouseholdFacts(reviewDate, members, dwelling, waterSource, latrine, anyoneUsesTelecom,
					informationDevices, receivesLoudspeakerBroadcast, wasteTreatedHygienically);
		}

	}
}
