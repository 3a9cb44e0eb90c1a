package vn.giamngheo.help.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The guide in the jar: every section a page of the application links to exists, links
 * and pictures work.
 */
class UserGuideTests {

	private final UserGuide guide = new UserGuide();

	@Test
	void everySectionAPageLinksToExistsInTheGuide() {
		assertThat(guide.pages()).contains("README", "08-ra-soat", "14-van-ban-bao-cao");
		for (String target : HelpLinks.SECTIONS.values()) {
			if (target.isEmpty()) {
				continue;
			}
			String[] parts = target.split("#", 2);
			var page = guide.page(parts[0], "");
			assertThat(page).as(target).isPresent();
			if (parts.length > 1) {
				assertThat(page.get().anchors()).as(target).contains(parts[1]);
			}
		}
	}

	@Test
	void aPageOfTheApplicationGetsItsOwnSection() {
		assertThat(HelpLinks.section("/reviews/campaigns/3/communes/17/sheet")).startsWith("09-ra-soat-excel");
		assertThat(HelpLinks.section("/support/bulk")).startsWith("06-ho-tro#cap-phat");
		assertThat(HelpLinks.section("/support/7")).isEqualTo("06-ho-tro#ghi-nhan-ho-tro-cho-mot-ho-hoac-mot-nguoi");
		assertThat(HelpLinks.section("/households/new")).isEqualTo("02-ho-gia-dinh#them-ho");
		assertThat(HelpLinks.section("/nothing-known")).isEmpty();
	}

	@Test
	void linksBetweenPagesAndPicturesPointIntoTheApplication() {
		String html = guide.page("README", "/app").orElseThrow().html();
		assertThat(html).contains("href=\"/app/help/08-ra-soat\"").doesNotContain(".md\"");
		String certificates = guide.page("09-ra-soat-excel-giay-chung-nhan", "").orElseThrow().html();
		assertThat(certificates).contains("src=\"/help/images/")
			.contains("id=\"9-5-giay-chung-nhan-ho-ngheo-ho-can-ngheo\"");
		assertThat(UserGuide.slug("Độ bao phủ chính sách")).isEqualTo("do-bao-phu-chinh-sach");
		assertThat(guide.page("../secret", "")).isEmpty();
	}

}
