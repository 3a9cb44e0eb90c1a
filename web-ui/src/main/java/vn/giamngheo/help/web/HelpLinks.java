package vn.giamngheo.help.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Which section of the user guide explains the page being shown: every page of the
 * application gets a model attribute {@code helpUrl}, which the layout prints as its
 * "Hướng dẫn" link. The first pattern that matches the request path wins; HelpLinksTests
 * checks that each target page and section exists in the guide.
 */
@ControllerAdvice
class HelpLinks {

	/** Path pattern → guide page and section. */
	static final Map<Pattern, String> SECTIONS = new LinkedHashMap<>();

	static {
		on("/households/import.*", "nhap-so-ho-va-ho-trung#1-tai-tep-mau");
		on("/households/duplicates.*", "nhap-so-ho-va-ho-trung#4-ho-nghi-trung");
		on("/households/new", "02-ho-gia-dinh#them-ho");
		on("/households/\\d+/members.*", "02-ho-gia-dinh#them-nhan-khau");
		on("/households/\\d+.*", "02-ho-gia-dinh#sua-va-lich-su");
		on("/households.*", "02-ho-gia-dinh#tim-ho");
		on("/summary.*", "03-tong-hop");
		on("/accounts.*", "04-quan-tri#tai-khoan");
		on("/areas.*", "04-quan-tri#dia-ban-hanh-chinh");
		on("/poverty/standards.*", "05-chuan-ngheo#chuan-ngheo");
		on("/poverty/calculator.*", "05-chuan-ngheo#tinh-phan-loai-ho");
		on("/poverty/what-if.*", "05-chuan-ngheo#so-sanh-theo-chuan-khac");
		on("/support/programs.*", "06-ho-tro#danh-muc-chuong-trinh-chinh-sach");
		on("/support/bulk.*", "06-ho-tro#cap-phat-theo-danh-sach-vi-du-tien-tet-cho-moi-ho-ngheo-cua-xa");
		on("/support/loans.*", "06-ho-tro#vay-von-nhcsxh");
		on("/support/coverage.*", "06-ho-tro#do-bao-phu-chinh-sach");
		on("/support/totals.*", "06-ho-tro#tong-hop-ho-tro");
		on("/support.*", "06-ho-tro#ghi-nhan-ho-tro-cho-mot-ho-hoac-mot-nguoi");
		on("/plans/\\d+/targets.*", "07-ke-hoach-bao-cao#7-2-giao-chi-tieu-cho-xa-phu-luc-cua-ke-hoach");
		on("/plans/\\d+/communes.*", "07-ke-hoach-bao-cao#7-5-trang-cua-xa");
		on("/plans/\\d+", "07-ke-hoach-bao-cao#7-4-bang-dieu-khien-cua-ke-hoach-va-tinh-trang-tien-do");
		on("/plans.*", "07-ke-hoach-bao-cao#7-1-lap-ke-hoach-nam");
		on("/reports.*", "14-van-ban-bao-cao");
		on("/reviews/campaigns/\\d+/communes/\\d+/sheet.*",
				"09-ra-soat-excel-giay-chung-nhan#9-1-tai-phieu-ra-soat-cua-xa");
		on("/reviews/\\d+.*", "08-ra-soat#2-xa-nhap-ket-qua-tung-ho");
		on("/reviews/campaigns/\\d+/communes/\\d+.*", "08-ra-soat#3-gui-niem-yet-hop-dan-cong-nhan");
		on("/reviews.*", "08-ra-soat#1-mo-dot-ra-soat-dinh-ky");
		on("/audit.*", "11-mat-khau-nhat-ky#nhat-ky-truy-cap-du-lieu-ca-nhan");
		on("/account/password.*", "11-mat-khau-nhat-ky#doi-mat-khau");
		on("/help.*", "");
		on("/", "01-dang-nhap#moi-vai-tro-thay-gi");
	}

	private static void on(String pattern, String target) {
		SECTIONS.put(Pattern.compile(pattern), target);
	}

	/** The guide section of a path, "" for the contents of the guide. */
	static String section(String path) {
		for (var e : SECTIONS.entrySet()) {
			if (e.getKey().matcher(path).matches()) {
				return e.getValue();
			}
		}
		return "";
	}

	@ModelAttribute("helpUrl")
	String helpUrl(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String section = section(path);
		return request.getContextPath() + "/help" + (section.isEmpty() ? "" : "/" + section);
	}

}
