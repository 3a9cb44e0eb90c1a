package vn.giamngheo.support.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.account.Scope;
import vn.giamngheo.household.HouseholdCategory;
import vn.giamngheo.support.Beneficiary;
import vn.giamngheo.support.Duplicates;
import vn.giamngheo.support.Grant;
import vn.giamngheo.support.Ineligibility;
import vn.giamngheo.shared.persistence.FieldProblem;
import vn.giamngheo.shared.persistence.OutOfScopeException;

/**
 * The same benefit for a whole list of households at once (every poor household of a
 * commune at Tết): a preview of who it would reach and who it skips as a duplicate, then
 * the chosen households recorded in one transaction under one {@code support_batch}.
 */
@Service
@Transactional
public class BulkDisbursements {

	public static final int MAX_BULK = 5_000;

	private final SupportCatalogue catalogue;

	private final SupportHouseholds households;

	private final DisbursementWriter writer;

	private final JdbcClient jdbc;

	BulkDisbursements(SupportCatalogue catalogue, SupportHouseholds households, DisbursementWriter writer,
			NamedParameterJdbcTemplate jdbc) {
		this.catalogue = catalogue;
		this.households = households;
		this.writer = writer;
		this.jdbc = JdbcClient.create(jdbc);
	}

	/** One row of a bulk preview. */
	public record BulkRow(long householdId, String code, String headName, String village, HouseholdCategory category,
			int memberCount, boolean duplicate, Ineligibility warning) {
		public boolean willRecord() {
			return !duplicate;
		}
	}

	public record BulkPreview(SupportProgram program, List<BulkRow> rows, long recordCount, long skipCount,
			Long totalAmount, BigDecimal totalQuantity) {
	}

	public record BulkResult(long batchId, long recorded, long skipped, Long totalAmount) {
	}

	/**
	 * Who a bulk disbursement would reach, and who it would skip as a duplicate; nothing
	 * is written.
	 */
	@Transactional(readOnly = true)
	public BulkPreview previewBulk(BulkCommand c, Scope scope) {
		SupportProgram program = catalogue.get(c.programId());
		if (!scope.covers(c.communeId())) {
			throw new OutOfScopeException("commune " + c.communeId() + " is outside the caller's scope");
		}
		if (program.beneficiary() == Beneficiary.PERSON) {
			throw new FieldProblem("programId", "support.bulk.householdProgramsOnly");
		}
		program.checkAmounts(c.amount(), c.quantity());
		if (c.categories().isEmpty()) {
			throw new FieldProblem("categories", "support.bulk.categories.required");
		}
		List<SupportHousehold> list = households.ofCommune(c.communeId(), c.categories(), scope, MAX_BULK + 1);
		if (list.size() > MAX_BULK) {
			throw new FieldProblem("communeId", "support.bulk.tooMany");
		}
		String period = program.duplicatePeriod().key(c.disbursedOn());
		List<Grant> existing = period == null ? List.of() : jdbc.sql("""
				SELECT household_id FROM support_disbursement
				WHERE program_id = :program AND commune_id = :commune AND period_key = :period AND member_id IS NULL""")
			.param("program", program.id())
			.param("commune", c.communeId())
			.param("period", period)
			.query((rs, i) -> new Grant(program.id(), rs.getLong(1), null, period))
			.list();
		var split = Duplicates.split(list.stream().map(h -> new Grant(program.id(), h.id(), null, period)).toList(),
				existing);
		Set<Long> skipped = new HashSet<>(split.duplicates().stream().map(Grant::householdId).toList());
		List<BulkRow> rows = new ArrayList<>();
		for (SupportHousehold h : list) {
			rows.add(new BulkRow(h.id(), h.code(), h.headName(), h.village(), h.category(), h.memberCount(),
					skipped.contains(h.id()), program.eligibility().check(h.profile(), c.disbursedOn()).orElse(null)));
		}
		long count = rows.stream().filter(BulkRow::willRecord).count();
		return new BulkPreview(program, rows, count, rows.size() - count,
				c.amount() == null ? null : c.amount() * count,
				c.quantity() == null ? null : c.quantity().multiply(BigDecimal.valueOf(count)));
	}

	/**
	 * Records the bulk disbursement for the households of {@code selected} that the
	 * preview would reach, in one transaction. Households not in the preview (another
	 * commune, another category, a duplicate) are skipped, never recorded.
	 */
	public BulkResult recordBulk(BulkCommand c, Set<Long> selected, Scope scope, String user) {
		Disbursements.requireRecorder(scope);
		if (c.decisionRef() == null || c.decisionRef().isBlank()) {
			throw new FieldProblem("decisionRef", "support.decisionRef.required");
		}
		BulkPreview preview = previewBulk(c, scope);
		preview.program().checkSource(c.fundingSource());
		List<BulkRow> chosen = preview.rows()
			.stream()
			.filter(r -> r.willRecord() && selected.contains(r.householdId()))
			.toList();
		if (chosen.isEmpty()) {
			throw new FieldProblem("selected", "support.bulk.noneSelected");
		}
		long batch = jdbc.sql("""
				INSERT INTO support_batch (program_id, commune_id, disbursed_on, decision_ref, recorded_by, recorded_at,
				    recorded_count, skipped_count)
				VALUES (:program, :commune, :on, :decision, :user, now(), :count, :skipped) RETURNING id""")
			.param("program", c.programId())
			.param("commune", c.communeId())
			.param("on", Date.valueOf(c.disbursedOn()))
			.param("decision", c.decisionRef().strip())
			.param("user", user)
			.param("count", chosen.size())
			.param("skipped", selected.size() - chosen.size())
			.query(Long.class)
			.single();
		try {
			for (BulkRow row : chosen) {
				writer
					.insert(new DisbursementWriter.NewDisbursement(preview.program(), c.communeId(), row.householdId(),
							null, c.disbursedOn(), c.amount(), c.quantity(), c.fundingSource(), c.decisionRef().strip(),
							batch, row.warning() == null ? null : row.warning().messageKey(), null), user);
			}
		}
		catch (DuplicateKeyException raced) {
			// Someone recorded the same grant for one of these households since the
			// preview (issue 11, finding 7):
			// nothing of this batch is kept, and the officer sees a fresh preview instead
			// of an error page.
			throw new FieldProblem("selected", "support.bulk.raced");
		}
		return new BulkResult(batch, chosen.size(), preview.rows().size() - chosen.size(),
				c.amount() == null ? null : c.amount() * chosen.size());
	}

}
