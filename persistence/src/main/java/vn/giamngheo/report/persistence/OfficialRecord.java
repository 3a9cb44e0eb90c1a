package vn.giamngheo.report.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.report.Figure;
import vn.giamngheo.report.Movement;
import vn.giamngheo.report.MovementTally;
import vn.giamngheo.review.event.CommuneListApproved;
import vn.giamngheo.review.event.CommuneListReopened;

/**
 * The official record: an immutable snapshot of a commune's approved list for a period,
 * written in the approving transaction (Decision 24/2021/QĐ-TTg, Art. 4(5): the chair's
 * decision recognises the list). A reopening marks the current version superseded, which
 * stays readable; the next approval writes version n + 1. The tables refuse every other
 * UPDATE and DELETE (trigger of migration V10), so no button, import or recompute can
 * change an approved period.
 */
@Service
@Transactional
@NamedInterface("demo")
public class OfficialRecord {

	private static final Logger log = LoggerFactory.getLogger(OfficialRecord.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final AreaSummaries summaries;

	private final MovementQueries movements;

	public OfficialRecord(NamedParameterJdbcTemplate jdbc, AreaSummaries summaries, MovementQueries movements) {
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.movements = movements;
	}

	@EventListener
	public void approved(CommuneListApproved e) {
		// Campaign ids start at 1; 0 stands for a list approved outside a campaign of
		// this system.
		record(e.year(), e.communeId(), e.campaignId() > 0 ? e.campaignId() : null, e.decisionNumber(),
				e.decisionDate(), e.signer(), e.approvedBy(), e.approvedAt());
	}

	@EventListener
	public void reopened(CommuneListReopened e) {
		int n = jdbc.update("""
				UPDATE official_snapshot SET status = 'SUPERSEDED', superseded_at = :at, superseded_by = :by,
				    superseded_reason = :reason
				WHERE commune_id = :commune AND year = :year AND status = 'APPROVED'""",
				new MapSqlParameterSource("at", Timestamp.from(e.reopenedAt())).addValue("by", e.reopenedBy())
					.addValue("reason", e.reason())
					.addValue("commune", e.communeId())
					.addValue("year", e.year()));
		log.info("Official record of commune {} for {} superseded ({} version) by {}", e.communeId(), e.year(), n,
				e.reopenedBy());
		summaries.refresh(e.year(), e.communeId());
	}

	/**
	 * Writes the next version of a commune's official record for a period from its final
	 * reviews (the register's category for a household not reviewed) and returns its id.
	 * {@code campaignId} may be null (records loaded from an earlier system, e.g. the
	 * demo's past years).
	 */
	public long record(int year, long communeId, Long campaignId, String decisionNumber, LocalDate decisionDate,
			String signer, String approvedBy, Instant approvedAt) {
		summaries.refreshWhole(year, communeId);
		MapSqlParameterSource p = new MapSqlParameterSource("year", year).addValue("commune", communeId)
			.addValue("campaign", campaignId)
			.addValue("no", decisionNumber)
			.addValue("date", decisionDate)
			.addValue("signer", signer)
			.addValue("by", approvedBy)
			.addValue("at", Timestamp.from(approvedAt == null ? Instant.now() : approvedAt));
		// A second approval without a reopening in between supersedes nothing: there is
		// at most one current version.
		jdbc.update("""
				UPDATE official_snapshot SET status = 'SUPERSEDED', superseded_at = :at, superseded_by = :by,
				    superseded_reason = 'approved again'
				WHERE commune_id = :commune AND year = :year AND status = 'APPROVED'""", p);
		String figures = Stream.of(Figure.values()).map(Figure::column).collect(Collectors.joining(", "));
		Long id = jdbc.queryForObject(
				"""
						INSERT INTO official_snapshot (commune_id, year, version, campaign_id, status, decision_number,
						    decision_date, signer, approved_by, approved_at, standard_id, standard_version, min_deficiencies,
						    %1$s, poor_lacking, near_poor_lacking, censored)
						SELECT :commune, :year,
						       (SELECT coalesce(max(version), 0) + 1 FROM official_snapshot WHERE commune_id = :commune AND year = :year),
						       :campaign, 'APPROVED', :no, :date, :signer, :by, :at, standard_id, standard_version, min_deficiencies,
						       %1$s, poor_lacking, near_poor_lacking, censored
						FROM area_summary WHERE year = :year AND commune_id = :commune
						RETURNING id"""
					.formatted(figures),
				p, Long.class);
		p.addValue("id", id).addValue("final", List.of("APPROVED", "CONSOLIDATED"));
		jdbc.update(
				"""
						INSERT INTO official_snapshot_household (snapshot_id, household_id, household_code, head_name, village_id,
						    ethnicity, category, previous_category, outcome, reviewed, deficiencies, monthly_income_per_capita,
						    standard_id, standard_version)
						SELECT :id, h.id, h.code, h.head_name, h.village_id, h.ethnicity, coalesce(fr.category, h.category),
						       -- A household the review did not reach keeps its category: carried forward from before.
						       coalesce(fr.previous_category, h.category), fr.outcome, fr.id IS NOT NULL, coalesce(fr.deficiencies, a.deficiencies, '{}'),
						       coalesce(fr.monthly_income_per_capita, a.monthly_income_per_capita),
						       coalesce(fr.standard_id, a.standard_id), coalesce(fr.standard_version, a.standard_version)
						FROM household h
						LEFT JOIN LATERAL (SELECT r.* FROM household_review r WHERE r.household_id = h.id AND r.year = :year
						                   AND r.state IN (:final) ORDER BY r.id DESC LIMIT 1) fr ON TRUE
						LEFT JOIN LATERAL (SELECT pa.* FROM poverty_assessment pa WHERE pa.household_id = h.id
						                   ORDER BY pa.assessed_on DESC, pa.id DESC LIMIT 1) a ON fr.id IS NULL
						WHERE h.commune_id = :commune""",
				p);
		jdbc.update("""
				INSERT INTO official_snapshot_ethnicity (snapshot_id, ethnicity, households, poor, near_poor)
				SELECT :id, ethnicity, households, poor, near_poor FROM area_summary_ethnicity
				WHERE year = :year AND commune_id = :commune""", p);
		MovementTally.Tables t = movements.ofSnapshot(id, year, communeId);
		Movement poor = t.poor();
		Movement near = t.nearPoor();
		jdbc.update("""
				INSERT INTO official_snapshot_movement VALUES (:id, :p0, :p1, :p2, :p3, :p4, :p5, :p6, :p7,
				    :n0, :n1, :n2, :n3, :n4, :n5, :n6, :n7)""",
				p.addValue("p0", poor.start())
					.addValue("p1", poor.escaped())
					.addValue("p2", poor.newlyPoor())
					.addValue("p3", poor.rePoor())
					.addValue("p4", poor.toNearPoor())
					.addValue("p5", poor.otherIn())
					.addValue("p6", poor.otherOut())
					.addValue("p7", poor.end())
					.addValue("n0", near.start())
					.addValue("n1", near.escaped())
					.addValue("n2", near.newlyPoor())
					.addValue("n3", near.rePoor())
					.addValue("n4", near.toNearPoor())
					.addValue("n5", near.otherIn())
					.addValue("n6", near.otherOut())
					.addValue("n7", near.end()));
		log.info("Official record of commune {} for {} written: snapshot {} ({} poor, {} near-poor)", communeId, year,
				id, poor.end(), near.end());
		return id;
	}

}
