// dateline-standalone-city (AP only, a hint): AP lets some cities stand alone (CHICAGO, LONDON)
// and puts the state after other US cities (KANSAS CITY, Mo.). Only places in data/
// ap-datelines.json are judged: an unknown city without a region is most likely foreign (a
// capital such as NAIROBI), where AP's rule is the country's business, not this check's.

import type { Finding } from '../../diagnostics/finding';
import { AP_CITIES_NEEDING_STATE, AP_STANDALONE_INTERNATIONAL, AP_STANDALONE_US, normalisePlace } from '../../domain/data';
import { q, type CheckContext } from './context';

export function checkStandaloneCity({ dateline: d, style }: CheckContext): Finding[] {
  if (style !== 'ap' || !d.place) return [];
  const place = normalisePlace(d.place.text);
  if (d.region && (AP_STANDALONE_US.has(place) || AP_STANDALONE_INTERNATIONAL.has(place))) {
    return [{
      code: 'dateline-standalone-city', start: d.region.start, end: d.region.end,
      message: `AP datelines let ${q(place)} stand alone: drop ${q(d.region.text)} (keep it only if another ${q(place)} is meant)`,
      fixes: [{ title: `Remove ${q(', ' + d.region.text)}`, edits: [{ start: d.place.end, end: d.region.end, newText: '' }], preferred: true }],
    }];
  }
  const states = AP_CITIES_NEEDING_STATE.get(place);
  if (!d.region && states && states.length) {
    const forms = states.map((s) => q(`${place}, ${s}`));
    return [{
      code: 'dateline-standalone-city', start: d.place.start, end: d.place.end,
      message: `AP datelines put the state after ${q(place)}, which does not stand alone: ${forms.length > 1 ? `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}` : forms[0]}`,
      fixes: states.map((s) => ({
        title: `Insert ${q(', ' + s)}`,
        edits: [{ start: d.place!.end, end: d.place!.end, newText: `, ${s}` }],
        ...(states.length === 1 ? { preferred: true } : {}),
      })),
    }];
  }
  return [];
}
