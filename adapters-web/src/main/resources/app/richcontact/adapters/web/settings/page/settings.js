/*
 * Rich Contact settings page. Reads the website id and token Crisp put in the page URL and
 * calls the settings API with the token in a header, never in a URL. No dependencies.
 */
(function () {
  'use strict';

  /* Contact care: on/off settings shown as plain check boxes, with their defaults. */
  var CARE = { attach_conversation: true, phoneless_senders: true, upgrade_on_late_email: true,
    unsubscribe_placeholders: true, profile_event: false };
  var FIELDS = ['enabled', 'all_channels', 'channels', 'segments', 'skip_if_email_exists', 'geolocation']
    .concat(Object.keys(CARE));
  /* The control that receives focus when a field's value is refused. */
  var FOCUS_TARGET = {
    enabled: 'enabled',
    all_channels: 'all-channels',
    channels: 'other-channels',
    segments: 'segments',
    skip_if_email_exists: 'skip_if_email_exists',
    geolocation: 'geolocation'
  };
  Object.keys(CARE).forEach(function (field) {
    FOCUS_TARGET[field] = field;
  });
  var INVALID_TARGETS = {
    channels: ['other-channels'],
    segments: ['segments']
  };

  var params = new URLSearchParams(window.location.search);
  var websiteId = params.get('website_id') || '';
  var token = params.get('token') || '';
  var apiUrl = 'api/websites/' + encodeURIComponent(websiteId) + '/settings';
  var activityUrl = 'api/websites/' + encodeURIComponent(websiteId) + '/activity';
  var SVG = 'http://www.w3.org/2000/svg';
  /* The activity as last read, and its refresh timer while its tab is open. */
  var activity = null;
  var activityTimer = null;
  var ACTIVITY_REFRESH_MS = 60000;

  function byId(id) {
    return document.getElementById(id);
  }

  /* The page's words in its language (the server wrote the page in it and serves its bundle, English filled in). */
  var LANGUAGE = document.documentElement.lang || 'en';
  var MESSAGES = {};
  var NUMBERS = new Intl.NumberFormat(LANGUAGE);

  /* The words for key with {name} parameters filled in, numbers formatted for the language. */
  function t(key, params) {
    var text = Object.prototype.hasOwnProperty.call(MESSAGES, key) ? MESSAGES[key]
      : MESSAGES['problem.other'] || 'Something went wrong. Try again in a moment.';
    return String(text).replace(/\{([a-z_]+)\}/g, function (whole, name) {
      if (!params || params[name] === undefined) {
        return whole;
      }
      return typeof params[name] === 'number' ? NUMBERS.format(params[name]) : String(params[name]);
    });
  }

  function channelBoxes() {
    return Array.prototype.slice.call(document.querySelectorAll('#channel-list input[type="checkbox"]'));
  }

  function setStatus(text, kind) {
    var status = byId('status');
    status.textContent = text;
    status.className = 'status' + (kind ? ' ' + kind : '');
  }

  function showBanner(text) {
    var banner = byId('banner');
    banner.textContent = text;
    banner.hidden = false;
  }

  function hideBanner() {
    var banner = byId('banner');
    banner.textContent = '';
    banner.hidden = true;
  }

  function clearFieldError(field) {
    var error = byId(field + '-error');
    if (error) {
      error.textContent = '';
      error.hidden = true;
    }
    (INVALID_TARGETS[field] || [FOCUS_TARGET[field]]).forEach(function (id) {
      var control = byId(id);
      if (control) {
        control.removeAttribute('aria-invalid');
      }
    });
  }

  function clearErrors() {
    FIELDS.forEach(clearFieldError);
  }

  function showFieldError(field, message) {
    var error = byId(field + '-error');
    if (!error) {
      return false;
    }
    error.textContent = message;
    error.hidden = false;
    (INVALID_TARGETS[field] || [FOCUS_TARGET[field]]).forEach(function (id) {
      var control = byId(id);
      if (control) {
        control.setAttribute('aria-invalid', 'true');
      }
    });
    return true;
  }

  function updateChannelState() {
    var all = byId('all-channels').checked;
    var list = byId('channel-list');
    list.classList.toggle('inactive', all);
    channelBoxes().forEach(function (box) {
      box.disabled = all;
    });
    byId('other-channels').disabled = all;
  }

  function fill(settings) {
    byId('enabled').checked = settings.enabled !== false;
    var all = settings.all_channels !== false;
    byId('all-channels').checked = all;
    byId('some-channels').checked = !all;
    var chosen = Array.isArray(settings.channels) ? settings.channels : [];
    var offered = {};
    channelBoxes().forEach(function (box) {
      offered[box.value] = true;
      box.checked = chosen.indexOf(box.value) >= 0;
    });
    byId('other-channels').value = chosen.filter(function (name) {
      return !offered[name];
    }).join(', ');
    byId('segments').value = (Array.isArray(settings.segments) ? settings.segments : []).join('\n');
    byId('skip_if_email_exists').checked = settings.skip_if_email_exists !== false;
    byId('geolocation').checked = settings.geolocation === true;
    Object.keys(CARE).forEach(function (field) {
      byId(field).checked = typeof settings[field] === 'boolean' ? settings[field] : CARE[field];
    });
    updateChannelState();
  }

  function collect() {
    var channels = channelBoxes().filter(function (box) {
      return box.checked;
    }).map(function (box) {
      return box.value;
    });
    byId('other-channels').value.split(/[\s,;]+/).forEach(function (name) {
      if (name && channels.indexOf(name) < 0) {
        channels.push(name);
      }
    });
    var segments = byId('segments').value.split(/\r?\n/).map(function (line) {
      return line.trim();
    }).filter(function (line) {
      return line.length > 0;
    });
    var chosenSettings = {
      enabled: byId('enabled').checked,
      all_channels: byId('all-channels').checked,
      channels: channels,
      segments: segments,
      skip_if_email_exists: byId('skip_if_email_exists').checked,
      geolocation: byId('geolocation').checked
    };
    Object.keys(CARE).forEach(function (field) {
      chosenSettings[field] = byId(field).checked;
    });
    return chosenSettings;
  }

  /* Shows one tab's panel and hides the others' (the form and its save button span the settings' tabs). */
  function selectTab(tab) {
    tabs().forEach(function (other) {
      var selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      byId(other.getAttribute('aria-controls')).hidden = !selected;
    });
    var onActivity = tab.id === 'tab-activity';
    document.querySelector('.actions').hidden = onActivity;
    if (activityTimer !== null) {
      clearInterval(activityTimer);
      activityTimer = null;
    }
    if (onActivity) {
      loadActivity();
      activityTimer = setInterval(loadActivity, ACTIVITY_REFRESH_MS);
    }
  }

  var DATES = new Intl.DateTimeFormat(LANGUAGE, { dateStyle: 'medium', timeStyle: 'short' });
  var HOURS = new Intl.DateTimeFormat(LANGUAGE, { hour: 'numeric', minute: '2-digit' });

  /* The words for prefix + label, or prefix + 'other' naming the label when the bundle has none (a reason added later). */
  function labelled(prefix, label) {
    return Object.prototype.hasOwnProperty.call(MESSAGES, prefix + label) ? t(prefix + label)
      : t(prefix + 'other', { label: label });
  }

  function channelName(name) {
    if (name === 'other' || name === 'unknown') {
      return t('channel.' + name);
    }
    var box = byId('channel-' + name);
    var label = box && box.parentNode.querySelector('span');
    return label ? label.textContent : name;
  }

  function cell(row, text, header) {
    var element = document.createElement(header ? 'th' : 'td');
    if (header) {
      element.scope = 'row';
    }
    element.textContent = text;
    row.appendChild(element);
  }

  function fillRows(body, rows) {
    body.textContent = '';
    if (rows.length === 0) {
      var empty = document.createElement('tr');
      var only = document.createElement('td');
      only.colSpan = 4;
      only.className = 'empty';
      only.textContent = t('activity.nothing');
      empty.appendChild(only);
      body.appendChild(empty);
      return;
    }
    rows.forEach(function (values) {
      var row = document.createElement('tr');
      values.forEach(function (value, index) {
        cell(row, typeof value === 'number' ? NUMBERS.format(value) : value, index === 0);
      });
      body.appendChild(row);
    });
  }

  function showListening(listening) {
    /* Off is a problem for the real-time connection and the quota; web hooks are optional when it is up. */
    function flag(id, on, onKey, offKey, offMatters) {
      var item = byId(id);
      item.textContent = t(on ? onKey : offKey);
      item.className = on ? 'on' : offMatters ? 'off' : '';
    }
    flag('listen-realtime', listening.realtime, 'activity.realtime_on', 'activity.realtime_off',
      !listening.web_hooks);
    flag('listen-hooks', listening.web_hooks, 'activity.hooks_on', 'activity.hooks_off', !listening.realtime);
    flag('listen-quota', !listening.paused_for_quota, 'activity.quota_ok', 'activity.quota_paused', true);
  }

  /* Contacts created per hour as bars of an inline SVG: no library, no other origin. */
  function drawChart(hours) {
    var chart = byId('chart');
    var summary = byId('chart-summary');
    while (chart.lastChild && chart.lastChild !== summary) {
      chart.removeChild(chart.lastChild);
    }
    var max = hours.reduce(function (most, hour) {
      return Math.max(most, hour.created);
    }, 0);
    var total = hours.reduce(function (sum, hour) {
      return sum + hour.created;
    }, 0);
    summary.textContent = t('activity.chart_summary', { count: total, max: max });
    var top = 12;
    var height = 84;
    var slot = 720 / hours.length;
    function svg(name, attributes, text) {
      var element = document.createElementNS(SVG, name);
      Object.keys(attributes).forEach(function (key) {
        element.setAttribute(key, attributes[key]);
      });
      if (text !== undefined) {
        element.textContent = text;
      }
      chart.appendChild(element);
      return element;
    }
    svg('line', { x1: 0, x2: 720, y1: top + height, y2: top + height, 'class': 'axis' });
    svg('text', { x: 2, y: 9, 'class': 'scale' }, NUMBERS.format(max));
    hours.forEach(function (hour, index) {
      var barHeight = max === 0 ? 0 : Math.max(hour.created > 0 ? 2 : 0, Math.round(height * hour.created / max));
      var start = new Date(hour.hour);
      var bar = svg('rect', {
        x: (index * slot + 3).toFixed(1), y: top + height - barHeight, width: (slot - 6).toFixed(1),
        height: barHeight, rx: 2, 'class': 'bar', 'data-created': hour.created, 'data-hour': hour.hour
      });
      var tip = document.createElementNS(SVG, 'title');
      tip.textContent = t('activity.bar', { hour: HOURS.format(start), count: hour.created });
      bar.appendChild(tip);
      var last = index === hours.length - 1;
      if (index % 6 === 0 || last) {
        /* The first and last labels are anchored to the chart's edges, so that they are not cut. */
        svg('text', { x: index === 0 ? 0 : last ? 720 : (index * slot + slot / 2).toFixed(1), y: top + height + 16,
          'class': 'hour' + (index === 0 ? ' first' : last ? ' last' : '') }, HOURS.format(start));
      }
    });
  }

  function showActivity() {
    if (activity === null) {
      return;
    }
    var period = byId('period-total').checked ? activity.total : activity.today;
    byId('act-created').textContent = NUMBERS.format(period.created);
    byId('act-skipped').textContent = NUMBERS.format(period.skipped);
    byId('act-failed').textContent = NUMBERS.format(period.failed);
    byId('act-last').textContent = activity.last_created ? DATES.format(new Date(activity.last_created))
      : t('activity.none_yet');
    showListening(activity.listening);
    fillRows(byId('act-channels'), Object.keys(period.by_channel).map(function (name) {
      var counts = period.by_channel[name];
      return [channelName(name), counts.created, counts.skipped, counts.failed];
    }));
    fillRows(byId('act-reasons'), Object.keys(period.skip_reasons).map(function (reason) {
      return [labelled('reason.', reason), period.skip_reasons[reason]];
    }).concat(Object.keys(period.failure_causes).map(function (cause) {
      return [labelled('cause.', cause), period.failure_causes[cause]];
    })));
    drawChart(activity.created_per_hour);
    byId('activity-note').textContent = t('activity.note', { since: DATES.format(new Date(activity.since)) });
  }

  function loadActivity() {
    request('GET', undefined, activityUrl).then(function (answer) {
      if (answer.status === 200) {
        activity = answer.body;
        showActivity();
      } else {
        byId('activity-note').textContent = problemText(answer, true);
      }
    }).catch(function () {
      byId('activity-note').textContent = t('activity.load_failed');
    });
  }

  function tabs() {
    return Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  }

  /* Arrow keys move between tabs, as the ARIA tabs pattern expects. */
  function onTabKey(event) {
    var all = tabs();
    var index = all.indexOf(event.currentTarget);
    var next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : null;
    if (next === null) {
      return;
    }
    var tab = all[(next + all.length) % all.length];
    selectTab(tab);
    tab.focus();
    event.preventDefault();
  }

  /* The tab whose panel holds this control, so that a refused field can be shown. */
  function revealControl(control) {
    var panel = control.closest('[role="tabpanel"]');
    if (panel && panel.hidden) {
      selectTab(byId(panel.getAttribute('aria-labelledby')));
    }
  }

  function request(method, body, url) {
    var init = {
      method: method,
      headers: { 'Authorization': 'Bearer ' + token, 'Accept': 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer'
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url || apiUrl, init).then(function (response) {
      return response.json().catch(function () {
        return {};
      }).then(function (json) {
        return { status: response.status, body: json, retryAfter: response.headers.get('Retry-After') };
      });
    });
  }

  function problemText(answer, loading) {
    switch (answer.status) {
      case 401:
      case 404:
      case 413:
        return t('problem.' + answer.status);
      case 429:
        return /^[0-9]+$/.test(answer.retryAfter || '')
          ? t('problem.429', { seconds: Number(answer.retryAfter) }) : t('problem.429_soon');
      case 503:
        return t(loading ? 'problem.503_load' : 'problem.503_save');
      default:
        return t('problem.other');
    }
  }

  function load() {
    setStatus(t('status.loading'));
    request('GET').then(function (answer) {
      if (answer.status === 200) {
        fill(answer.body);
        byId('form-body').disabled = false;
        updateChannelState();
        setStatus('');
      } else {
        setStatus('');
        showBanner(problemText(answer, true));
      }
    }).catch(function () {
      setStatus('');
      showBanner(t('banner.load_offline'));
    });
  }

  function save(event) {
    event.preventDefault();
    hideBanner();
    clearErrors();
    var button = byId('save');
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    setStatus(t('status.saving'));
    request('PUT', collect()).then(function (answer) {
      if (answer.status === 200) {
        fill(answer.body);
        setStatus(t('status.saved'), 'success');
      } else if (answer.status === 400 && answer.body && answer.body.fields) {
        var first = null;
        var keyed = answer.body.field_errors || {};
        Object.keys(answer.body.fields).forEach(function (field) {
          var reason = keyed[field] || { key: 'invalid', params: {} };
          if (showFieldError(field, t('error.' + reason.key, reason.params)) && first === null) {
            first = field;
          }
        });
        setStatus(t('status.invalid'), 'error');
        if (first !== null) {
          var target = byId(FOCUS_TARGET[first]);
          if (target && !target.disabled) {
            revealControl(target);
            target.focus();
          }
        }
      } else {
        setStatus(problemText(answer), 'error');
      }
    }).catch(function () {
      setStatus(t('status.save_offline'), 'error');
    }).then(function () {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    });
  }

  function init() {
    byId('settings-form').addEventListener('submit', save);
    byId('all-channels').addEventListener('change', updateChannelState);
    byId('some-channels').addEventListener('change', updateChannelState);
    byId('period-today').addEventListener('change', showActivity);
    byId('period-total').addEventListener('change', showActivity);
    tabs().forEach(function (tab) {
      tab.addEventListener('click', function () {
        selectTab(tab);
      });
      tab.addEventListener('keydown', onTabKey);
    });
    FIELDS.forEach(function (field) {
      (INVALID_TARGETS[field] || [FOCUS_TARGET[field]]).forEach(function (id) {
        var control = byId(id);
        if (control) {
          control.addEventListener('input', function () {
            clearFieldError(field);
          });
        }
      });
    });
    fetch('settings/assets/messages/' + encodeURIComponent(LANGUAGE) + '.json', { credentials: 'omit' })
      .then(function (response) {
        return response.ok ? response.json() : {};
      }).catch(function () {
        return {};
      }).then(function (messages) {
        MESSAGES = messages;
        load();
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
