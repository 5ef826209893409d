import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { article, codes, diagnostics } from '../support/documents';
import { testService } from '../support/service';
import { NEVER_CANCELLED } from '../../server/src/service';

const only = (text: string, code: string) => codes(text).filter((c) => c === code).length;

describe('speaker checks', () => {
  test('speaker-unused: defined, never quoted nor mentioned', () => {
    assert.equal(only(article('BERLIN, Sept. 27 (Xinhua) -- Nothing here.', { moe: 'Moe Szyslak' }), 'speaker-unused'), 1);
    assert.equal(only(article('BERLIN, Sept. 27 (Xinhua) -- Moe Szyslak spoke.', { moe: 'Moe Szyslak' }), 'speaker-unused'), 0);
    assert.equal(only(article('BERLIN, Sept. 27 (Xinhua) -- [Beer]{@moe}, Moe Szyslak said.', { moe: 'Moe Szyslak' }), 'speaker-unused'), 0);
  });

  test('speaker-first-reference: an alias before the full name', () => {
    assert.equal(only(article('BERLIN, Sept. 27 (Xinhua) -- Szyslak spoke. Moe Szyslak left.', { moe: 'Moe Szyslak' }), 'speaker-first-reference'), 1);
    assert.equal(only(article('BERLIN, Sept. 27 (Xinhua) -- Moe Szyslak spoke. Szyslak left.', { moe: 'Moe Szyslak' }), 'speaker-first-reference'), 0);
  });

  test('speaker-ambiguous-alias: two speakers share an alias the text uses', () => {
    const fm = '---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\nspeakers:\n  xu1:\n    name: Xu Lin\n    aliases: [Xu]\n  xu2:\n    name: Xu Qing\n    aliases: [Xu]\n---\n\n';
    assert.equal(only(fm + 'BERLIN, Sept. 27 (Xinhua) -- Xu Lin and Xu Qing met. Xu said.', 'speaker-ambiguous-alias'), 1);
    assert.equal(only(fm + 'BERLIN, Sept. 27 (Xinhua) -- Xu Lin and Xu Qing met.', 'speaker-ambiguous-alias'), 0);
    // Two speakers of the same name and no aliases: the name itself is shared.
    const twins = '---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\nspeakers:\n  xu1:\n    name: Xu Lin\n  xu2:\n    name: Xu Lin\n---\n\n';
    assert.deepEqual(codes(twins + 'BERLIN, Sept. 27 (Xinhua) -- Xu Lin said.').filter((c) => c.startsWith('speaker-')), ['speaker-unused', 'speaker-ambiguous-alias']);
  });

  test('registry speakers are checked without front matter, and without speakers in it', () => {
    const registry = { uri: 'file:///test/speakers.yaml', text: 'chen:\n  name: Chen Wenqing\n  aliases: [Chen]\n' };
    const body = 'BERLIN, Sept. 27 (Xinhua) -- Chen said so. Chen Wenqing agreed.\n';
    for (const head of ['', '---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\n---\n\n']) {
      const found = diagnostics(head + body, { registry }).filter((d) => String(d.code).startsWith('speaker-'));
      assert.deepEqual(found.map((d) => [d.code, d.message]), [['speaker-first-reference', 'First reference to Chen Wenqing uses "Chen": write the full name the first time']], JSON.stringify(head));
    }
  });

  test('speaker-anonymous-reason: anonymous without a reason', () => {
    const fm = (extra: string) => `---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\nspeakers:\n  source:\n    name: a senior official\n    kind: anonymous\n${extra}---\n\nBERLIN, Sept. 27 (Xinhua) -- [Talks failed]{@source}, a senior official said.`;
    assert.equal(only(fm(''), 'speaker-anonymous-reason'), 1);
    assert.equal(only(fm('    reason: not authorised to speak publicly\n'), 'speaker-anonymous-reason'), 0);
    // A reason of only spaces says nothing: it is reported as missing.
    assert.equal(only(fm('    reason: ""\n'), 'speaker-anonymous-reason'), 1);
    assert.equal(only(fm('    reason: "   "\n'), 'speaker-anonymous-reason'), 1);
  });
});

describe('speaker names that are blank or span lines', () => {
  test('a blank name is no name; a name with a line break reads on one line in messages and fix titles', async () => {
    const { doc } = await import('../support/documents');
    const t = '---\nheadline: H\ndate: 2023-09-28\nagency: Xinhua\nspeakers:\n  a:\n    name: "  "\n  b:\n    name: "Ann\\nLee"\n---\n\nBERLIN, Sept. 27 (Xinhua) -- He said "we are ready to talk now" today.';
    const ds = testService().diagnostics(doc(t), {}, {}, NEVER_CANCELLED);
    assert.ok(ds.some((d) => d.code === 'speaker-invalid' && /"a" has no name/.test(d.message)), ds.map((d) => d.message).join('\n'));
    const unattributed = ds.find((d) => d.code === 'quote-unattributed')!;
    const titles = (unattributed.data as { fixes: { title: string }[] }).fixes.map((f) => f.title);
    assert.deepEqual(titles, ['Mark as quote by Ann Lee']);
    assert.ok(ds.every((d) => !d.message.includes('\n')), 'no line break in any message');
  });
});
