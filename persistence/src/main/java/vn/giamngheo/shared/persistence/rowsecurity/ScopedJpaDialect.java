package vn.giamngheo.shared.persistence.rowsecurity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.ConnectionHandle;
import org.springframework.orm.jpa.JpaDialect;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import vn.giamngheo.account.Scope;

/**
 * The JPA transaction manager's dialect with one step added at the begin of every
 * transaction: a restricted caller's scope ({@link RowSecurity#SCOPE_SQL}). Every JDBC
 * and JPA statement of the transaction shares its connection, so all of them see only the
 * caller's communes. A failure to set the scope fails the begin: nothing runs unscoped.
 */
final class ScopedJpaDialect implements JpaDialect {

	private final JpaDialect delegate;

	private final List<RowSecurity.Caller> callers;

	ScopedJpaDialect(JpaDialect delegate, List<RowSecurity.Caller> callers) {
		this.delegate = delegate;
		this.callers = callers;
	}

	@Override
	public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
			throws PersistenceException, SQLException, TransactionException {
		Object data = delegate.beginTransaction(entityManager, definition);
		Scope scope = caller();
		if (RowSecurity.restricted(scope)) {
			String communes = RowSecurity.communes(scope);
			entityManager.unwrap(Session.class).doWork(connection -> {
				try (PreparedStatement statement = connection.prepareStatement(RowSecurity.SCOPE_SQL)) {
					statement.setString(1, communes);
					statement.execute();
				}
			});
		}
		return data;
	}

	/**
	 * Set while the callers are asked. Asking may itself begin a transaction: with
	 * sessions in PostgreSQL ({@code GIAMNGHEO_SESSION_STORE=jdbc}) the logged-in user is
	 * loaded from the session table on first use. That inner transaction is system work
	 * (it reads the session store, which has no policy); without this guard it would ask
	 * again, recursively, until the pool ran dry.
	 */
	private static final ThreadLocal<Boolean> ASKING = new ThreadLocal<>();

	private Scope caller() {
		Scope explicit = RowSecurity.explicit();
		if (explicit != null) {
			return explicit;
		}
		if (ASKING.get() != null) {
			return null;
		}
		ASKING.set(Boolean.TRUE);
		try {
			for (RowSecurity.Caller caller : callers) {
				Scope scope = caller.current();
				if (scope != null) {
					return scope;
				}
			}
			return null;
		}
		finally {
			ASKING.remove();
		}
	}

	@Override
	public Object prepareTransaction(EntityManager entityManager, boolean readOnly, String name)
			throws PersistenceException {
		return delegate.prepareTransaction(entityManager, readOnly, name);
	}

	@Override
	public void cleanupTransaction(Object transactionData) {
		delegate.cleanupTransaction(transactionData);
	}

	@Override
	public ConnectionHandle getJdbcConnection(EntityManager entityManager, boolean readOnly)
			throws PersistenceException, SQLException {
		return delegate.getJdbcConnection(entityManager, readOnly);
	}

	@Override
	public void releaseJdbcConnection(ConnectionHandle conHandle, EntityManager entityManager)
			throws PersistenceException, SQLException {
		delegate.releaseJdbcConnection(conHandle, entityManager);
	}

	@Override
	public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
		return delegate.translateExceptionIfPossible(ex);
	}

}
