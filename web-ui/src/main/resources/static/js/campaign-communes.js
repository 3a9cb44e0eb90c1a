// Opening a campaign for chosen communes (issue 14): the box filters the commune checkboxes by name, diacritics
// optional ("kim son" finds "Kim Sơn"). Without JavaScript every commune is listed and can still be ticked.
(function () {
	function fold(text) {
		return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
			.toLowerCase();
	}
	document.addEventListener('DOMContentLoaded', function () {
		var box = document.querySelector('[data-commune-filter]');
		if (!box) {
			return;
		}
		box.addEventListener('input', function () {
			var wanted = fold(box.value.trim());
			document.querySelectorAll('[data-commune-option]').forEach(function (option) {
				option.hidden = wanted !== '' && fold(option.getAttribute('data-name')).indexOf(wanted) < 0;
			});
		});
	});
})();
