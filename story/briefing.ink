// The briefing pack and the report's timeline (docs/story-contract.md, "The briefing"). The
// tags at the start of this knot hold what a student reads before playing, in the story's own
// words: each role's brief, the three conditions Paris, Berlin and Brussels set, who wanted
// what in August 2003 and a glossary; and the dated events of the game's months, which the
// class report draws on the month axis of its charts. A timeline entry that ends with an
// optional event's name (story/events.ink) is left out of a scenario that switches the event
// off. The story never plays this knot: the engine reads its tags without running them (global
// tags would be run through at the start of every game), and `mandate check` knows a knot of
// tags alone for data.
// Sources: shared HISTORY.md ("The game's months", "Who wanted what").

=== briefing ===
# brief_us: You are a deputy assistant secretary at the State Department in Washington, and your file is NATO. It is August 2003: Baghdad fell in April, major combat was declared over on 1 May, and about 146,000 US troops are in Iraq, under fire almost every day.
# brief_us: Your job fits in one sentence: get more allied soldiers into Iraq so that fewer Americans have to be there, without giving away more political control than Washington will accept. The Pentagon wants soldiers, not a committee; the State Department wants allies, and a UN resolution if it costs no American control.
# brief_us: Each month you choose what to do. Your political capital is what you have left to spend in Washington: the troop burden costs some every month, and at 0 your file is taken from you. If US troops reach 175,000, the burden can no longer be carried and the game ends.
# brief_nato: You work in the private office of NATO's Secretary-General, George Robertson, in Brussels. It is August 2003. The alliance has 19 members, and the quarrel over the war that split the allies in January and February 2003 has not healed.
# brief_nato: Your job: find a role in Iraq that all 19 allies can sign, France, Germany and Belgium included, without splitting the alliance, and without NATO becoming a badge on somebody else's operation. In the North Atlantic Council there is no vote: any one member can block.
# brief_nato: Each month you choose what to do. Your trust is how far the allies and Washington still trust you: every ally that stands against you in the North Atlantic Council costs you a point of it each month, and at 0 your file is taken from you. If US troops in Iraq reach 175,000, Washington stops waiting for NATO and the game ends.
# conditions_intro: Paris, Berlin and Brussels set a price for any NATO role in Iraq.
# condition: A wider UN mandate; a new Security Council resolution that gives the UN a real political role in Iraq, not only the occupying powers.
# condition: An invitation from a legitimate Iraqi body; the Governing Council was appointed by the occupation authority, so whose invitation would count is itself disputed.
# condition: A role independent of the occupation; any NATO role kept apart from the Coalition Provisional Authority, not a NATO flag on the US-led force.
# wanted_intro: Who wanted what in August 2003, when the game begins.
# wanted: Washington; more allied troops, above all to relieve US units, but no NATO or UN say over operations: command stays American and unified.
# wanted: Paris and Berlin, with Brussels; a new UN resolution with a real UN political role, a fast handover of sovereignty to Iraqis, an invitation from a legitimate Iraqi authority, and any NATO role separate from the occupation; no French or German troops in any case.
# wanted: Warsaw, Kyiv, Madrid, Rome and the new members; already in Iraq, or eager to please Washington, but with small budgets and few soldiers ready to deploy.
# wanted: Moscow and Beijing; a central UN role, and no blank cheque for the occupation.
# wanted: Ankara; troops were possible, but Iraqi Kurds and the Governing Council opposed them.
# wanted: The Iraqi Governing Council; sovereignty and its own legitimacy; wary of troops from neighbouring states.
# term: CPA; the Coalition Provisional Authority, the American-British occupation authority that governed Iraq from May 2003, led by L. Paul Bremer.
# term: IGC; the Iraqi Governing Council, 25 Iraqis appointed by the CPA on 13 July 2003. It could name ministers but answered to Bremer, and nobody elected it.
# term: UN Security Council; 15 members, five of them permanent (China, France, Russia, the UK, the US). A resolution needs 9 votes and no veto from a permanent member.
# term: Resolution; a decision of the Security Council, numbered: 1483 (May 2003), 1500 (August 2003), 1511 (October 2003), 1546 (June 2004).
# term: NAC; the North Atlantic Council, where the ambassadors of all NATO members meet. It decides by consensus: there is no vote, and any one member can block.
# term: SACEUR; the Supreme Allied Commander Europe, NATO's top military commander, an American general; in 2003 General James L. Jones.
# term: ISAF; the International Security Assistance Force in Afghanistan, under a UN mandate. NATO took command of it on 11 August 2003.
# term: MND-CS; Multinational Division Central-South, the Polish-led division south of Baghdad that NATO helped from the back room.
# term: UNAMI; the UN Assistance Mission for Iraq, created on 14 August 2003.
# term: UNSCR; a United Nations Security Council Resolution: "UNSCR 1511" is resolution 1511.
# term: P5; the five permanent members of the Security Council: China, France, Russia, the United Kingdom and the United States.
# term: Veto; the power of each of the five permanent members to stop a Security Council resolution by voting no, however many others vote yes. At the North Atlantic Council every member has, in effect, a veto: one objection blocks a decision.
# term: Sovereignty; a state's right to govern itself. In 2003 the occupying powers governed Iraq; on 28 June 2004 sovereignty passed to the Iraqi Interim Government.
# term: Occupation; the rule of a country by foreign armies. The United States and the United Kingdom were the occupying powers in Iraq until June 2004, governing it through the CPA.
# term: Mandate; the task and authority a body such as the Security Council gives, for example to a multinational force: what it may do, and for how long.
# term: Multinational force; the foreign troops in Iraq under unified US command, authorised by resolution 1511 (October 2003) and again by 1546 (June 2004).
# term: Consensus; agreement of all: how the North Atlantic Council decides. Nobody votes, and a decision stands only if no member objects.
# term: Secretary-General; the head of an organisation's staff: of NATO (George Robertson, then Jaap de Hoop Scheffer from January 2004) or of the UN (Kofi Annan). He runs the staff and proposes, but the members decide.
# term: Deputy assistant secretary; a senior official in a US department, below an assistant secretary and the secretary. In the game, the US player is one at the State Department, with NATO as the file.
# term: Assistant Secretary; in the State Department, the official in charge of one region or subject (for example Europe), above the deputy assistant secretaries; the US player's boss.
# term: Secretary of State; the US foreign minister, head of the State Department: Colin Powell in 2003-2004.
# term: Defense Secretary; the US defence minister, head of the Pentagon: Donald Rumsfeld in 2003-2004.
# term: Pentagon; the US Department of Defense, named after its five-sided building near Washington.
# term: State secretary; in many European governments, a senior official or junior minister just below the minister, who can speak for the government.
# term: Ambassador; a country's representative abroad. At NATO each member's ambassador sits on the North Atlantic Council; at the UN each member's ambassador speaks and votes for it.
# term: Division; a large army formation, usually of 10,000 to 20,000 soldiers, made of several brigades.
# term: Brigade; an army formation of about 3,000 to 5,000 soldiers, made of several battalions.
# term: Battalion; an army unit of about 300 to 1,000 soldiers.
# term: TAL; the Transitional Administrative Law, Iraq's temporary constitution, signed on 8 March 2004.
# term: Interim government; the Iraqi Interim Government under Prime Minister Ayad Allawi, named on 1 June 2004, which took over sovereignty on 28 June 2004 until elections.
# term: Political capital, trust; what each desk can still spend on persuading others: the US official's political capital in Washington, the NATO official's trust among the allies and in Washington. The game's measures, not historical figures.
# term: Troop burden; the cost of keeping so many US soldiers in Iraq. Every 10,000 above 100,000 costs the US desk a point a month.
# timeline: 2003-08-11; NATO takes command of ISAF in Kabul, its first operation outside the Euro-Atlantic area; isaf
# timeline: 2003-08-14; Resolution 1500 welcomes the Governing Council and creates UNAMI
# timeline: 2003-08-19; A truck bomb destroys the UN headquarters in Baghdad; 22 or more die, among them Sergio Vieira de Mello; un_bombing
# timeline: 2003-08-29; A car bomb in Najaf kills Ayatollah Mohammed Baqir al-Hakim and more than 80 others; najaf
# timeline: 2003-09-03; Poland takes command of the Multinational Division Central-South, with NATO support; polish_division
# timeline: 2003-09-07; The US President asks Congress for $87 billion and returns to the UN for a resolution
# timeline: 2003-09-22; A second bomb at the UN compound; the UN withdraws nearly all international staff; un_second_bomb
# timeline: 2003-10-07; Turkey's parliament authorises troops; the Governing Council objects, and Turkey drops the plan in November; turkey_troops
# timeline: 2003-10-16; Resolution 1511 passes 15-0: a multinational force under unified command
# timeline: 2003-10-23; The Madrid donors' conference pledges about $33 billion; madrid_conference
# timeline: 2003-11-12; The bombing of the Italian base in Nasiriyah kills 19 Italians and 9 Iraqis; nasiriyah
# timeline: 2003-11-15; Agreement to hand sovereignty to an Iraqi government by 30 June 2004
# timeline: 2003-12-13; Saddam Hussein is captured; saddam_captured
# timeline: 2004-01; Jaap de Hoop Scheffer succeeds George Robertson as NATO Secretary-General; new_secgen
# timeline: 2004-03-02; The Ashura bombings in Karbala and Baghdad kill well over 100; ashura
# timeline: 2004-03-08; The Transitional Administrative Law is signed
# timeline: 2004-03-11; The Madrid train bombings kill 191; Spain's new government later orders its troops home; madrid_bombings
# timeline: 2004-03-29; Seven countries join NATO, which now has 26 members; enlargement
# timeline: 2004-04; Fighting in Fallujah and a Shia uprising; the Abu Ghraib photographs are published; fallujah
# timeline: 2004-06-01; The Iraqi Interim Government is named, with Ayad Allawi as prime minister
# timeline: 2004-06-08; Resolution 1546 endorses the interim government and keeps the multinational force at its request
# timeline: 2004-06-22; Allawi writes to NATO asking for help with training; allawi_letter
# timeline: 2004-06-28; Sovereignty passes to the interim government on the first day of the Istanbul summit (28-29 June), where NATO agrees to help train Iraqi forces
-> END
