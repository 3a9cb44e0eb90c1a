package vn.giamngheo.shared.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import vn.giamngheo.shared.GroupedNumber;
import vn.giamngheo.shared.Vnd;

/**
 * Binds {@link Grouped} fields: Long, Integer and BigDecimal, printed with dots for
 * thousands and a decimal comma.
 */
public class GroupedFormatterFactory implements AnnotationFormatterFactory<Grouped> {

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(Long.class, Integer.class, BigDecimal.class, long.class, int.class);
	}

	@Override
	public Printer<?> getPrinter(Grouped annotation, Class<?> fieldType) {
		return formatter(fieldType);
	}

	@Override
	public Parser<?> getParser(Grouped annotation, Class<?> fieldType) {
		return formatter(fieldType);
	}

	private static Formatter<Object> formatter(Class<?> type) {
		return new Formatter<>() {
			@Override
			public String print(Object value, Locale locale) {
				if (value instanceof BigDecimal d) {
					return Vnd.quantity(d);
				}
				return Vnd.grouped(((Number) value).longValue());
			}

			@Override
			public Object parse(String text, Locale locale) throws ParseException {
				BigDecimal n = GroupedNumber.parse(text).orElseThrow(() -> new ParseException(text, 0));
				if (type == BigDecimal.class) {
					return n;
				}
				try {
					return type == Integer.class || type == int.class ? (Object) n.intValueExact()
							: (Object) n.longValueExact();
				}
				catch (ArithmeticException notWhole) {
					throw new ParseException(text, 0);
				}
			}
		};
	}

}
