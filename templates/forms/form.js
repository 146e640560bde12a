// The browser form's behaviour (siyasa inlines it into every form page). Nothing is sent
// anywhere: what the applicant types stays in this browser (localStorage, one entry per
// organisation and form) until they clear it. Digits typed in any system (Western, Arabic-Indic,
// Persian) are shown in the organisation's; messages are Arabic and name the field; a copy of
// each text box's value (.printed) prints in its place, so nothing is cut on paper.
(function () {
  'use strict';
  var form = document.querySelector('form.intake');
  if (!form) return;
  var DIGITS = { latn: '0123456789', arab: '٠١٢٣٤٥٦٧٨٩' };
  var PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
  var system = form.dataset.digits === 'arab' ? 'arab' : 'latn';
  var storeKey = form.dataset.store;
  var blank = location.hash === '#blank';

  function toDigits(text, to) {
    return text.replace(/[0-9٠-٩۰-۹]/g, function (c) {
      var d = DIGITS.latn.indexOf(c);
      if (d < 0) d = DIGITS.arab.indexOf(c);
      if (d < 0) d = PERSIAN.indexOf(c);
      return DIGITS[to].charAt(d);
    });
  }
  function n(value) { return toDigits(String(value), system); }

  function controls() {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.id && (e.tagName === 'INPUT' || e.tagName === 'TEXTAREA');
    });
  }
  function isText(e) { return e.tagName === 'TEXTAREA' || /^(text|email|tel)$/.test(e.type); }
  function isNumeric(e) { return e.getAttribute('inputmode') === 'numeric'; }

  // Digits: one system, the organisation's; digit cells hold no spaces.
  function normalise(e) {
    if (!isNumeric(e)) return;
    var value = toDigits(e.value, system);
    if (e.classList.contains('cells')) value = value.replace(/[\s\-\u200e\u200f]/g, '');
    if (value === e.value) return;
    var at = e.selectionStart, removed = e.value.length - value.length;
    e.value = value;
    if (at !== null && document.activeElement === e) {
      try { e.setSelectionRange(at - removed, at - removed); } catch (ignored) { /* email etc. */ }
    }
  }

  // Digit cells: each digit drawn in its own cell over the box (browsers space no Arabic-script
  // text, so letter-spacing cannot place Arabic-Indic digits); the cell of the caret is marked.
  function addCellDigits() {
    form.querySelectorAll('input.cells').forEach(function (e) {
      var box = document.createElement('span'), show = document.createElement('span');
      box.className = 'cells-box';
      show.className = 'cells-show';
      show.setAttribute('aria-hidden', 'true');
      for (var i = 0; i < e.maxLength; ++i) show.appendChild(document.createElement('span'));
      e.insertAdjacentElement('beforebegin', box);
      box.appendChild(e);
      box.appendChild(show);
      e.cellDigits = show;
    });
  }
  function updateCells(e) {
    if (!e.cellDigits) return;
    var at = Math.min(e.selectionStart === null ? e.value.length : e.selectionStart, e.maxLength - 1);
    Array.prototype.forEach.call(e.cellDigits.children, function (cell, i) {
      cell.textContent = e.value.charAt(i);
      cell.classList.toggle('at', i === at);
    });
  }

  // What prints in place of a text box: its value, wrapping and growing as far as it needs.
  function addPrintedCopies() {
    controls().forEach(function (e) {
      if (!isText(e) || e.classList.contains('cells')) return;
      var copy = document.createElement(e.tagName === 'TEXTAREA' ? 'div' : 'span');
      copy.className = isNumeric(e) ? 'printed whole' : 'printed';  // a number never breaks
      copy.setAttribute('aria-hidden', 'true');
      copy.dir = e.dir || 'auto';
      copy.style.cssText = e.style.cssText;  // a box's --lines: as many ruled lines on paper
      e.classList.add('has-printed');
      e.insertAdjacentElement('afterend', copy);
      e.printedCopy = copy;
    });
  }
  function updatePrinted(e) { if (e.printedCopy) e.printedCopy.textContent = e.value; }

  // Validation messages: Arabic, naming the field and saying what it expects.
  function nameOf(e) {
    var name = e.dataset.name || e.getAttribute('aria-label') || (e.labels && e.labels[0] ? e.labels[0].textContent : '');
    return name.replace(/\*/g, '').trim();
  }
  function calendarOf(e) {
    var set = e.closest('fieldset.date');
    if (!set) return 'gregorian';
    if (set.dataset.calendar !== 'either') return set.dataset.calendar;
    var chosen = set.querySelector('input[type=radio]:checked');
    return chosen && chosen.value === 'h' ? 'hijri' : chosen ? 'gregorian' : 'either';
  }
  function rangeMessage(e, name) {
    var value = parseInt(toDigits(e.value, 'latn'), 10), calendar = calendarOf(e), low = 1, high;
    if (e.dataset.part === 'day') {
      high = calendar === 'hijri' ? 30 : 31;
      if (value >= low && value <= high) return '';
      return '«' + name + '»: اليوم رقم من ' + n(low) + ' إلى ' + n(high) +
        (calendar === 'hijri' ? ' في التقويم الهجري.' : '.');
    }
    if (e.dataset.part === 'month') {
      high = 12;
      if (value >= low && value <= high) return '';
      return '«' + name + '»: الشهر رقم من ' + n(low) + ' إلى ' + n(high) + '.';
    }
    if (calendar === 'hijri') { low = 1300; high = 1500; }
    else if (calendar === 'gregorian') { low = 1880; high = 2080; }
    else { low = 1300; high = 2080; }
    if (value >= low && value <= high) return '';
    return '«' + name + '»: السنة أربعة أرقام بين ' + n(low) + ' و' + n(high) + '.';
  }
  function messageFor(e) {
    var v = e.validity, name = nameOf(e);
    if (v.valueMissing) {
      if (e.type === 'radio') return 'يُرجى اختيار إجابة في «' + name + '».';
      if (e.type === 'checkbox') return 'يُرجى وضع علامة على «' + name + '» للمتابعة.';
      return 'يُرجى تعبئة «' + name + '».';
    }
    if (v.typeMismatch) return '«' + name + '»: يُرجى كتابة عنوان بريد إلكتروني صحيح، مثل name@example.com.';
    if (v.patternMismatch || v.tooLong) return '«' + name + '»: ' + (e.dataset.expect || 'القيمة غير صحيحة.');
    if (e.dataset.part && e.value) return rangeMessage(e, name);
    return '';
  }
  function checkGroups() {
    form.querySelectorAll('fieldset[data-required-group]').forEach(function (set) {
      var boxes = set.querySelectorAll('input[type=checkbox]');
      var any = Array.prototype.some.call(boxes, function (b) { return b.checked; });
      boxes.forEach(function (b, i) {
        b.setCustomValidity(!any && i === 0 ? 'يُرجى اختيار خيار واحد على الأقل في «' + nameOf(b) + '».' : '');
      });
    });
  }
  function checkOthers() {
    form.querySelectorAll('.option.other').forEach(function (o) {
      var box = o.querySelector('input[type=checkbox],input[type=radio]'), text = o.querySelector('input[type=text]');
      if (!box || !text) return;
      text.required = box.checked;
    });
  }
  function checkAll() {
    checkOthers();
    controls().forEach(function (e) {
      if (e.type === 'checkbox' && e.closest('fieldset[data-required-group]')) return;
      e.setCustomValidity('');
      e.setCustomValidity(messageFor(e));
    });
    checkGroups();
  }

  // Keeping what was typed, per organisation and form, until the applicant clears it.
  function save() {
    if (blank || !storeKey) return;
    var data = {};
    controls().forEach(function (e) {
      if (e.type === 'checkbox' || e.type === 'radio') { if (e.checked) data[e.id] = true; }
      else if (e.value) data[e.id] = e.value;
    });
    try { localStorage.setItem(storeKey, JSON.stringify(data)); } catch (ignored) { /* storage off */ }
  }
  function restore() {
    if (blank || !storeKey) return;
    var data;
    try { data = JSON.parse(localStorage.getItem(storeKey) || '{}'); } catch (ignored) { return; }
    Object.keys(data || {}).forEach(function (id) {
      var e = document.getElementById(id);
      if (!e || e.form !== form) return;
      if (e.type === 'checkbox' || e.type === 'radio') e.checked = data[id] === true;
      else e.value = String(data[id]);
    });
  }
  function refreshAll() {
    controls().forEach(function (e) { normalise(e); updatePrinted(e); updateCells(e); });
    checkAll();
  }

  function printBlank() {
    var copy = window.open(location.href.split('#')[0] + '#blank', '_blank');
    if (copy) return;
    // No new window (blocked): print an emptied form here, then put the values back.
    if (!window.confirm('ستُطبع نسخة فارغة من النموذج، ثم يعود ما كتبته كما هو. هل تتابع؟')) return;
    save();
    form.reset();
    refreshAll();
    var back = function () {
      window.removeEventListener('afterprint', back);
      restore();
      refreshAll();
    };
    window.addEventListener('afterprint', back);
    window.print();
  }
  function clearAll() {
    if (!window.confirm('سيُمسح كل ما كتبته في هذا النموذج من هذا المتصفح، ولا يمكن استرجاعه. هل تريد المسح؟')) return;
    form.reset();
    try { localStorage.removeItem(storeKey); } catch (ignored) { /* storage off */ }
    refreshAll();
  }

  form.addEventListener('input', function (event) {
    normalise(event.target);
    updatePrinted(event.target);
    updateCells(event.target);
    checkAll();
    save();
  });
  form.addEventListener('change', function () { checkAll(); save(); });
  form.addEventListener('click', function (event) {
    var action = event.target.closest('button[data-action]');
    if (!action) return;
    if (action.dataset.action === 'print') {
      checkAll();
      if (form.reportValidity()) window.print();
    } else if (action.dataset.action === 'blank') {
      printBlank();
    } else if (action.dataset.action === 'clear') {
      clearAll();
    }
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  document.addEventListener('selectionchange', function () {
    if (document.activeElement && document.activeElement.cellDigits) updateCells(document.activeElement);
  });

  addCellDigits();
  addPrintedCopies();
  restore();
  refreshAll();
  if (blank) document.documentElement.classList.add('blank-copy');
  var ready = document.fonts && document.fonts.ready ? document.fonts.ready : Promise.resolve();
  if (blank) ready.then(function () { window.print(); });
})();
