// The attribution rules of the markup engine on one short synthetic article each: for every
// wire pattern the rules name in their comments (server/src/service/markup/attribute.ts,
// phrases.ts, coreference.ts), the whole suggestion in one line per speaker and per span: the id,
// the name, the kind, role, organisation, aliases, reason and confidence of each speaker, and the
// words, speaker, confidence and review note of each span. The gold articles' golden drafts
// (test/golden/markupDrafts.test.ts) reach most rules once; these reach each on purpose, and
// the cases with nothing marked are the rules' refusals (negation, passive, a request about the
// speaker's own name). The expectations are the engine's reviewed output: a deliberate change of a
// rule changes a line here. Names and sentences are made up.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupSuggestion } from '../../server/src/service';
import { markUp } from '../support/markup';

/** "@id Name [kind] role=... org=... aka=a|b reason=... 0.9" per speaker, "@id 0.8 review=...: words" per span. */
function summary(body: string, s: MarkupSuggestion): string[] {
  const speakers = s.speakers.map((x) => [
    `@${x.id} ${x.name}`, x.kind === 'person' ? '' : ` [${x.kind}]`, x.role ? ` role=${x.role}` : '', x.org ? ` org=${x.org}` : '',
    x.aliases.length ? ` aka=${x.aliases.join('|')}` : '', x.reason ? ` reason=${x.reason}` : '', ` ${x.confidence}`,
  ].join(''));
  const spans = s.spans.map((x) => `@${x.speakerId} ${x.confidence}${x.review ? ` review=${x.review}` : ''}${x.alternativeSpeakerId ? ` alt=@${x.alternativeSpeakerId}` : ''}: ${body.slice(x.start, x.end)}`);
  return [...speakers, ...spans];
}

const CASES: [string, string[]][] = [
  ["\"The dam will hold,\" said Tomas Berg, who runs the water board.", [
    "@berg Tomas Berg 0.9",
    "@berg 0.9: \"The dam will hold,\"",
  ]],
  ["\"Who pays?\" Ilse Maranga said by phone. \"Not us.\"", [
    "@maranga Ilse Maranga 0.9",
    "@maranga 0.9: \"Who pays?\"",
    "@maranga 0.8: \"Not us.\"",
  ]],
  ["\"Is this dry?\" Ilse Maranga asked.", [
    "@maranga Ilse Maranga 0.9",
    "@maranga 0.9: \"Is this dry?\"",
  ]],
  ["\"We are ready,\" Mayor Ana Ferreira has said.", [
    "@ferreira Ana Ferreira role=Mayor 0.9",
    "@ferreira 0.9: \"We are ready,\"",
  ]],
  ["\"We are ready,\" Ana Ferreira, a member of the city council, said.", [
    "@ferreira Ana Ferreira role=member of the city council 0.9",
    "@ferreira 0.9: \"We are ready,\"",
  ]],
  ["Ana Ferreira told reporters, \"We are ready for the storm.\"", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: \"We are ready for the storm.\"",
  ]],
  ["Ana Ferreira said: \"We are ready for the storm.\"", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: \"We are ready for the storm.\"",
  ]],
  ["Ana Ferreira said the city was ready. \"We have sandbags,\" she said.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the city was ready",
    "@ferreira 0.85: \"We have sandbags,\"",
  ]],
  ["Lindholm said:\n\n\"The harbour must stay open to every ship that needs it.\"", [
    "@lindholm Lindholm 0.7",
    "@lindholm 0.9: \"The harbour must stay open to every ship that needs it.\"",
  ]],
  ["\"The harbour must stay open,\" Ruth Amadi said. \"Then we talk.\n\n\"After that we will see what the ships need from us now.", [
    "@amadi Ruth Amadi 0.9",
    "@amadi 0.9: \"The harbour must stay open,\"",
    "@amadi 0.8: \"Then we talk.",
    "@amadi 0.85: \"After that we will see what the ships need from us now.",
  ]],
  ["Harbour Watch, a Dutch charity that counts departures, said the boats kept leaving.", [
    "@watch Harbour Watch [organization] 0.9",
    "@watch 0.9: the boats kept leaving",
  ]],
  ["\"We count every boat,\" said Harbour Watch, a Dutch charity that counts departures.", [
    "@watch Harbour Watch 0.9",
    "@watch 0.9: \"We count every boat,\"",
  ]],
  ["Paula Reyes described the plan as \"a historic step\" for the region.", [
    "@reyes Paula Reyes 0.9",
    "@reyes 0.8: \"a historic step\"",
  ]],
  ["Paula Reyes said the talks went well but called the scheme \"calculated and sustained\" in the end.", [
    "@reyes Paula Reyes 0.9",
    "@reyes 0.9: the talks went well",
    "@reyes 0.8: \"calculated and sustained\"",
  ]],
  ["The mine's operator, Minera Andina del Sur, said the road would reopen on Friday.", [
    "@sur Minera Andina del Sur 0.9",
    "@sur 0.9: the road would reopen on Friday",
  ]],
  ["Jo Park, director of Dune Watch, a volunteer group that cleans beaches, said the sand was back.", [
    "@park Jo Park role=director of Dune Watch 0.9",
    "@park 0.9: the sand was back",
  ]],
  ["An EU diplomat, speaking on condition of anonymity because the talks were private, said the deal was close.", [
    "@eu-diplomat EU diplomat [anonymous] reason=on condition of anonymity because the talks were private 0.6",
    "@eu-diplomat 0.7: the deal was close",
  ]],
  ["The Indonesian Smelter Producers Association (ISPA) said exports would rise. ISPA said it expected more.", [
    "@indonesian-smelter-producers Indonesian Smelter Producers Association [organization] aka=ISPA 0.7",
    "@indonesian-smelter-producers 0.8: exports would rise",
    "@indonesian-smelter-producers 0.85: it expected more",
  ]],
  ["The Ruritanian navy stopped two boats overnight, it said.", [
    "@ruritanian-navy Ruritanian navy [organization] 0.7",
    "@ruritanian-navy 0.8: The Ruritanian navy stopped two boats overnight",
  ]],
  ["Hundreds of farmers and herders blocked the road, saying prices were too low.", [
    "@farmers-and-herders farmers and herders [group] 0.7",
    "@farmers-and-herders 0.75: prices were too low",
  ]],
  ["Khamphoui Sisavath thanked China for its support, saying that the railway had changed the country.", [
    "@sisavath Khamphoui Sisavath 0.9",
    "@sisavath 0.8: the railway had changed the country",
  ]],
  ["Calling for calm, Chen Wenqing said the talks would continue.", [
    "@wenqing Chen Wenqing 0.9",
    "@wenqing 0.9: calm",
    "@wenqing 0.9: the talks would continue",
  ]],
  ["Calling for calm, patience and trust, Chen Wenqing said the talks would continue.", [
    "@wenqing Chen Wenqing 0.9",
    "@wenqing 0.9: calm, patience and trust",
    "@wenqing 0.9: the talks would continue",
  ]],
  ["Chen Wenqing urged the Senate to pass the bill before the recess.", [
    "@wenqing Chen Wenqing 0.9",
    "@wenqing 0.9: the Senate to pass the bill before the recess",
  ]],
  ["Chen Wenqing said the talks would continue, adding that a date had been set.", [
    "@wenqing Chen Wenqing 0.9",
    "@wenqing 0.9: the talks would continue",
    "@wenqing 0.9: a date had been set",
  ]],
  ["Chen Wenqing expressed the hope that the talks would continue next week.", [
    "@wenqing Chen Wenqing 0.9",
    "@wenqing 0.9: the talks would continue next week",
  ]],
  ["The official asked not to be identified.", [

  ]],
  ["According to Chen Wenqing, the talks will continue next month.", [
    "@wenqing Chen Wenqing 0.9",
    "@wenqing 0.9: the talks will continue next month",
  ]],
  ["The talks will continue next month, according to Chen Wenqing.", [
    "@wenqing Chen Wenqing 0.9",
    "@wenqing 0.9: The talks will continue next month",
  ]],
  ["The talks will continue next month, according to the ministry.", [
    "@ministry ministry [organization] 0.7",
    "@ministry 0.8: The talks will continue next month",
  ]],
  ["Xinhua quoted Ri Chol Ho, vice director of the academy, as saying that the test was a success.", [
    "@xinhua Xinhua [organization] 0.7",
    "@ho Ri Chol Ho 0.9",
    "@xinhua 0.8: Ri Chol Ho, vice director of the academy, as saying that the test was a success",
    "@ho 0.9: the test was a success",
  ]],
  ["KCNA quoted Ri Chol Ho as saying the test was a success.", [
    "@kcna KCNA [organization] 0.7",
    "@ho Ri Chol Ho 0.9",
    "@kcna 0.8: Ri Chol Ho as saying the test was a success",
    "@ho 0.9: the test was a success",
  ]],
  ["The ferry left late, Brussels police said. There had been no arrests.", [
    "@brussels-police Brussels police [organization] 0.7",
    "@brussels-police 0.8: The ferry left late",
    "@brussels-police 0.6 review=speaker: There had been no arrests",
  ]],
  ["Ana Ferreira delivered a speech at the opening.", [
    "@ferreira Ana Ferreira 0.9",
  ]],
  ["\"A buyer said to me last week, ‘I can wait.’ That is new,\" Ana Ferreira said.", [
    "@ferreira Ana Ferreira 0.9",
    "@buyer buyer 0.6",
    "@ferreira 0.9: \"A buyer said to me last week, ‘I can wait.’ That is new,\"",
    "@buyer 0.6 review=speaker: ‘I can wait.’",
  ]],
  ["The ministry said the dam would hold. It said repairs would start soon.", [
    "@ministry ministry [organization] 0.7",
    "@ministry 0.8: the dam would hold",
    "@ministry 0.85: repairs would start soon",
  ]],
  ["Two government sources said the deal was close. The sources said it would be signed soon.", [
    "@two-government-sources Two government sources [group] 0.7",
    "@two-government-sources 0.75: the deal was close",
    "@two-government-sources 0.75: it would be signed soon",
  ]],
  ["Two government sources, speaking on condition of anonymity to discuss private negotiations, said the deal was close.", [
    "@two-government-sources Two government sources [anonymous] reason=discuss private negotiations 0.7",
    "@two-government-sources 0.75: the deal was close",
  ]],
  ["A senior official, who asked not to be named, said the deal was close.", [
    "@senior-official senior official [anonymous] reason=asked not to be named 0.6",
    "@senior-official 0.7: the deal was close",
  ]],
  ["A person familiar with the matter said the deal was close.", [
    "@person-familiar-with person familiar with the matter [anonymous] reason=familiar with the matter 0.6",
    "@person-familiar-with 0.7: the deal was close",
  ]],
  ["An official with the Energy and Mines Ministry said the deal was close.", [
    "@ministry official with the Energy and Mines Ministry 0.6",
    "@ministry 0.7: the deal was close",
  ]],
  ["Residents said the water rose overnight.", [
    "@residents Residents [group] 0.7",
    "@residents 0.75: the water rose overnight",
  ]],
  ["Police said the driver fled on foot.", [
    "@police Police [organization] 0.7",
    "@police 0.8: the driver fled on foot",
  ]],
  ["Severnside Water missed a payment. Severnside said it would pay next week.", [
    "@severnside-water Severnside Water [organization] aka=Severnside 0.9",
    "@severnside-water 0.9: it would pay next week",
  ]],
  ["The Colorado Department of Public Health and Environment issued a warning. The department said cases were rising.", [
    "@colorado-department-public Colorado Department of Public Health and Environment [organization] aka=department 0.8",
    "@colorado-department-public 0.8: cases were rising",
  ]],
  ["Park Sun-young said the factory would reopen. Park said orders were strong.", [
    "@park Park Sun-young aka=Park 0.9",
    "@park 0.9: the factory would reopen",
    "@park 0.9: orders were strong",
  ]],
  ["Vice Minister of Transport Liu Jianguo said the line would open in June.", [
    "@jianguo Liu Jianguo role=Vice Minister of Transport 0.9",
    "@jianguo 0.9: the line would open in June",
  ]],
  ["Minister for Water Resources Sardar Imran Qadir said the dam would be finished.", [
    "@qadir Sardar Imran Qadir role=Minister for Water Resources 0.9",
    "@qadir 0.9: the dam would be finished",
  ]],
  ["Texaco spokesman Bill Hume said the fire was out.", [
    "@hume Bill Hume role=spokesman org=Texaco 0.9",
    "@hume 0.9: the fire was out",
  ]],
  ["A Commerce Department spokeswoman said the tariffs would stay.", [
    "@commerce-department Commerce Department [organization] 0.7",
    "@commerce-department 0.8: the tariffs would stay",
  ]],
  ["Italy's Carabinieri art squad said the painting was recovered.", [
    "@carabinieri Carabinieri [organization] role=art squad 0.7",
    "@carabinieri 0.8: the painting was recovered",
  ]],
  ["The IG BCE chemicals workers' union said the strike would go ahead.", [
    "@ig-bce IG BCE [organization] role=chemicals workers' union 0.7",
    "@ig-bce 0.8: the strike would go ahead",
  ]],
  ["The Young Growers' Council said prices were too low.", [
    "@young-growers-council Young Growers' Council [organization] 0.7",
    "@young-growers-council 0.8: prices were too low",
  ]],
  ["Peru's National Police said the road was cleared.", [
    "@national-police National Police [organization] 0.7",
    "@national-police 0.8: the road was cleared",
  ]],
  ["Japan's Defense Ministry said the missile fell into the sea.", [
    "@japan-s-defense Japan's Defense Ministry [organization] 0.7",
    "@japan-s-defense 0.8: the missile fell into the sea",
  ]],
  ["State Epidemiologist Rachel Kwan of the Colorado Department of Public Health said cases were rising.", [
    "@kwan Rachel Kwan role=State Epidemiologist org=Colorado Department of Public Health 0.9",
    "@kwan 0.9: cases were rising",
  ]],
  ["The Department for Environment, Food and Rural Affairs said the rules would change.", [
    "@department-for-environment Department for Environment, Food and Rural Affairs [organization] 0.7",
    "@department-for-environment 0.8: the rules would change",
  ]],
  ["Rep. Dana Whitlock, R-Calif., said the bill would pass. The California Republican said it would pass easily.", [
    "@whitlock Dana Whitlock role=Rep. 0.9",
    "@whitlock 0.9: the bill would pass",
    "@whitlock 0.55 review=speaker: it would pass easily",
  ]],
  ["Sen. Ben Ray, D-N.M., said the bill would pass.", [
    "@ray Ben Ray role=Sen. 0.9",
    "@ray 0.9: the bill would pass",
  ]],
  ["The aide said the vote would be close.", [
    "@aide aide 0.5",
    "@aide 0.55 review=speaker: the vote would be close",
  ]],
  ["A Republican aide who spoke on condition of anonymity said the vote would be close. The aide said it could slip.", [
    "@republican-aide Republican aide [anonymous] reason=on condition of anonymity 0.6",
    "@republican-aide 0.7: the vote would be close",
    "@republican-aide 0.8: it could slip",
  ]],
  ["Senators on Wednesday urged the agency to act quickly.", [
    "@senators Senators [group] 0.7",
    "@senators 0.75: the agency to act quickly",
  ]],
  ["The company said the plant, which opened in 2010, would close. \"It is a sad day,\" the company said.", [
    "@company company [organization] 0.7",
    "@company 0.8: the plant, which opened in 2010, would close",
    "@company 0.85: \"It is a sad day,\"",
  ]],
  ["\"It is a sad day,\" said union president Tom Haines.", [
    "@haines Tom Haines role=union president 0.9",
    "@haines 0.9: \"It is a sad day,\"",
  ]],
  ["Ana Ferreira told Reuters the dam would hold.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the dam would hold",
  ]],
  ["Ana Ferreira told reporters on Tuesday that the dam would hold.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the dam would hold",
  ]],
  ["Ana Ferreira said in a statement on Tuesday that the dam would hold.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the dam would hold",
  ]],
  ["Ana Ferreira said at a news conference that the dam would hold.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the dam would hold",
  ]],
  ["The dam will hold, Ana Ferreira said on Tuesday, but the road may flood.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: The dam will hold",
    "@ferreira 0.9: but the road may flood",
  ]],
  ["The dam will hold, Ana Ferreira said, and the road will stay open.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: The dam will hold",
    "@ferreira 0.9: and the road will stay open",
  ]],
  ["The dam will hold, said Ana Ferreira.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: The dam will hold",
  ]],
  ["The dam will hold, said Ana Ferreira, who runs the water board.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: The dam will hold",
  ]],
  ["Ana Ferreira said that the dam would hold and that she hoped the road would stay open.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the dam would hold and that she hoped the road would stay open",
  ]],
  ["Ana Ferreira did not say whether the dam would hold.", [

  ]],
  ["Ana Ferreira was told the dam would hold.", [

  ]],
  ["The said company went bankrupt, as noted above.", [

  ]],
  ["Smugglers charged 400 francs a head, police said.", [
    "@police police [organization] 0.7",
    "@police 0.8: Smugglers charged 400 francs a head",
  ]],
  ["Ana Ferreira charged that the council had lied about the dam.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the council had lied about the dam",
  ]],
  ["The bill has a provision Democrats said would let states opt out.", [
    "@democrats Democrats [group] 0.7",
    "@democrats 0.75: would let states opt out",
  ]],
  ["Sen. Walter Crane, a New Mexico Republican, said the bill would fail. The New Mexico Republican said the vote would be close.", [
    "@crane Walter Crane role=Sen. 0.9",
    "@crane 0.9: the bill would fail",
    "@crane 0.8: the vote would be close",
  ]],
  ["The driver fled, police said. According to the Dunmore Police Department, he was found later.", [
    "@dunmore-police-department Dunmore Police Department [organization] aka=police 0.7",
    "@dunmore-police-department 0.8: The driver fled",
    "@dunmore-police-department 0.8: he was found later",
  ]],
  ["A warning came from the Centers for Disease Control and Prevention. The CDC said cases were rising.", [
    "@centers-for-disease Centers for Disease Control and Prevention [organization] aka=CDC 0.8",
    "@centers-for-disease 0.8: cases were rising",
  ]],
  ["A warning came from the Federal Emergency Management Agency. FEMA said aid was on the way.", [
    "@federal-emergency-management Federal Emergency Management Agency [organization] aka=FEMA 0.8",
    "@federal-emergency-management 0.8: aid was on the way",
  ]],
  ["Ana Ferreira spoke with Karl Odum. Ana Ferreira said the dam would hold. Karl Odum said the road would flood. He said it again on Friday, warning that the bridge would go.", [
    "@ferreira Ana Ferreira 0.9",
    "@odum Karl Odum 0.9",
    "@ferreira 0.9: the dam would hold",
    "@odum 0.9: the road would flood",
    "@odum 0.75: the bridge would go",
  ]],
  ["\"We are ready,\" Ana Ferreira said. \"We have sandbags.\" Then she left.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: \"We are ready,\"",
    "@ferreira 0.8: \"We have sandbags.\"",
  ]],
  ["The union said the strike would go ahead. Its members said they would march. They said the talks had failed.", [
    "@union union [organization] 0.7",
    "@members members [group] 0.7",
    "@union 0.8: the strike would go ahead",
    "@members 0.75: they would march",
    "@members 0.75: the talks had failed",
  ]],
  ["Workers said the mine was unsafe, and they said the company knew.", [
    "@workers Workers [group] 0.7",
    "@workers 0.75: the mine was unsafe",
    "@workers 0.85: the company knew",
  ]],
  ["Chen Wenqing has repeatedly said the talks would continue.", [
    "@wenqing Chen Wenqing 0.9",
    "@wenqing 0.9: the talks would continue",
  ]],
  ["Khamphoui Sisavath opened the line. Sisavath said the railway had changed the country.", [
    "@sisavath Khamphoui Sisavath aka=Sisavath 0.9",
    "@sisavath 0.9: the railway had changed the country",
  ]],
  ["Khamphoui Sisavath opened the line. \"It has changed the country,\" Sisavath said.", [
    "@sisavath Khamphoui Sisavath aka=Sisavath 0.9",
    "@sisavath 0.9: \"It has changed the country,\"",
  ]],
  ["Ana Ferreira, 41, said the dam would hold.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the dam would hold",
  ]],
  ["Demonstrators chanted \"Ports are for people!\" as police closed the road.", [
    "@demonstrators Demonstrators [group] 0.7",
    "@demonstrators 0.75: \"Ports are for people!\"",
  ]],
  ["The crowd shouted \"Go home!\" and the police said nothing would change.", [
    "@police police [organization] 0.7",
    "@police 0.8: nothing would change",
  ]],
  ["Ana Ferreira said: \"We are ready.\" Karl Odum said: \"So are we.\"", [
    "@ferreira Ana Ferreira 0.9",
    "@odum Karl Odum 0.9",
    "@ferreira 0.9: \"We are ready.\"",
    "@odum 0.9: \"So are we.\"",
  ]],
  ["\"The dam will hold,\" the ministry said in a statement. \"Repairs will start on Monday.\"", [
    "@ministry ministry [organization] 0.7",
    "@ministry 0.8: \"The dam will hold,\"",
    "@ministry 0.8: \"Repairs will start on Monday.\"",
  ]],
  ["Ana Ferreira warned of floods, telling residents to stay home.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: residents to stay home",
  ]],
  ["Ana Ferreira called on residents to stay home until the water fell.", [

  ]],
  ["Ana Ferreira asked beachgoers to stay away from the dunes.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: beachgoers to stay away from the dunes",
  ]],
  ["Ana Ferreira asked that the road be closed.", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the road be closed",
  ]],
  ["\"We are ready,\" she said.", [

  ]],
  // A name alone in a paragraph of its own is a mention: "she" is the person named last.
  ["Ana Ferreira said the dam would hold. Karl Odum said the road would flood.\n\nFerreira spoke again.\n\nShe said the bridge would go.", [
    "@ferreira Ana Ferreira aka=Ferreira 0.9",
    "@odum Karl Odum 0.9",
    "@ferreira 0.9: the dam would hold",
    "@odum 0.9: the road would flood",
    "@ferreira 0.75: the bridge would go",
  ]],
  // "charged" as the last word: only a cue before "that", and never past the end of the text.
  ["Ana Ferreira said the dam would hold. Police charged", [
    "@ferreira Ana Ferreira 0.9",
    "@ferreira 0.9: the dam would hold",
  ]],
];

describe('markup: the attribution rules, one synthetic article each', () => {
  const names = new Set<string>();
  for (const [body, expected] of CASES) {
    let name = body.replace(/\s+/g, ' ').slice(0, 90);
    while (names.has(name)) name += ' (again)';
    names.add(name);
    test(name, () => {
      assert.deepEqual(summary(body, markUp(body)), expected);
    });
  }
});
