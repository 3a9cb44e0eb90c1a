package vn.giamngheo.poverty.facts;

/**
 * Devices that give access to information (INFORMATION_ACCESS; list unverified, domain
 * README 1.5 indicator 12).
 */
public enum InformationDevice {

	TELEVISION, RADIO, COMPUTER, SMARTPHONE, TABLET

}
