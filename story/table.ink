# body: unsc; UN Security Council; vote 9; decides un: passed; short UNSC
# body: nac; North Atlantic Council; consensus; decides command: training -2, polish-model 0, gradual 0, nato-sector 0, parallel 0, withdrawn at most 1; short NAC
# body: iraq; Iraqi side; lead; decides invitation: invited 2, renewed 2; short Iraq
# body: washington; Washington; advisory
# upkeep_us: troops
# upkeep_nato: dissent nac
# member: unsc.china; China; permanent; stance 0; wants: a central UN role, and no blank cheque for the occupation
# member: unsc.france; France; permanent; stance 0; wants: a real UN political role and a date for Iraqi self-rule
# member: unsc.russia; Russia; permanent; stance 0; wants: a central UN role, and its contracts in Iraq respected
# member: unsc.uk; United Kingdom; permanent; stance 3; wants: a resolution that brings more countries in behind the coalition
# member: unsc.us; United States; permanent; stance 3; wants: UN backing for a US-led force under unified command
# member: unsc.angola; Angola; stance 1; wants: to stay on good terms with Washington
# member: unsc.bulgaria; Bulgaria; until 2003-12-31; stance 2; wants: to show Washington it is a reliable future NATO ally
# member: unsc.cameroon; Cameroon; until 2003-12-31; stance 1; wants: a consensus text it can co-sponsor
# member: unsc.chile; Chile; stance 0; wants: a bigger UN role after a war it did not back
# member: unsc.germany; Germany; stance 0; wants: a UN political role, a fast handover, and no German troops
# member: unsc.guinea; Guinea; until 2003-12-31; stance 1; wants: a text most of the Council can support
# member: unsc.mexico; Mexico; until 2003-12-31; stance 0; wants: the UN at the centre, after a war it did not back
# member: unsc.pakistan; Pakistan; stance 0; wants: a UN mandate before it even considers sending troops
# member: unsc.spain; Spain; stance 3; wants: a resolution that rewards the coalition it joined
# member: unsc.syria; Syria; until 2003-12-31; stance -1; wants: the occupation of its neighbour to end
# member: unsc.algeria; Algeria; from 2004-01-01; stance 0; wants: full sovereignty for Iraq, soon
# member: unsc.benin; Benin; from 2004-01-01; stance 1; wants: a text most of the Council can support
# member: unsc.brazil; Brazil; from 2004-01-01; stance 0; wants: the UN at the centre of Iraq's transition
# member: unsc.philippines; Philippines; from 2004-01-01; stance 2; wants: to back the coalition it has troops in
# member: unsc.romania; Romania; from 2004-01-01; stance 2; wants: to show Washington it is a reliable NATO ally
# member: nac.belgium; Belgium; stance -1; wants: a UN mandate and an Iraqi invitation before any NATO role
# member: nac.canada; Canada; stance 0; wants: any NATO role to rest on the UN, as it stayed out of the war
# member: nac.czechia; Czech Republic; stance 1; wants: to be useful to the alliance without a large bill
# member: nac.denmark; Denmark; stance 2; wants: the coalition it fights in to succeed
# member: nac.france; France; stance -2; wants: a UN mandate, an Iraqi invitation, and no NATO role in the occupation
# member: nac.germany; Germany; stance -1; wants: the same conditions as Paris, and no German troops in Iraq in any case
# member: nac.greece; Greece; stance 0; wants: a role its voters will not see as joining the war
# member: nac.hungary; Hungary; stance 1; wants: to stand with Washington at little cost
# member: nac.iceland; Iceland; stance 1; wants: the alliance to stay united
# member: nac.italy; Italy; stance 2; wants: help for its troops in Nasiriyah, and a say for Rome
# member: nac.luxembourg; Luxembourg; stance 0; wants: whatever Paris, Berlin and Brussels can agree on
# member: nac.netherlands; Netherlands; stance 2; wants: a clear legal basis for the troops it sends
# member: nac.norway; Norway; stance 0; wants: a UN mandate for anything NATO does
# member: nac.poland; Poland; stance 2; wants: NATO behind the division it leads
# member: nac.portugal; Portugal; stance 2; wants: to stay close to Washington and London
# member: nac.spain; Spain; stance 2; wants: the coalition it joined to look like the alliance's cause
# member: nac.turkey; Turkey; stance 0; wants: a say in Iraq's north, and no Kurdish state
# member: nac.uk; United Kingdom; stance 3; wants: NATO to share the load without weakening US command
# member: nac.us; United States; stance 3; wants: allied soldiers, but no NATO say over US operations
# member: nac.bulgaria; Bulgaria; from 2004-03-29; stance 2; wants: to prove itself a reliable new ally
# member: nac.estonia; Estonia; from 2004-03-29; stance 2; wants: to prove itself a reliable new ally
# member: nac.latvia; Latvia; from 2004-03-29; stance 2; wants: to prove itself a reliable new ally
# member: nac.lithuania; Lithuania; from 2004-03-29; stance 2; wants: to prove itself a reliable new ally
# member: nac.romania; Romania; from 2004-03-29; stance 2; wants: to prove itself a reliable new ally
# member: nac.slovakia; Slovakia; from 2004-03-29; stance 1; wants: to be a useful new ally at little cost
# member: nac.slovenia; Slovenia; from 2004-03-29; stance 1; wants: to be a useful new ally, with its voters' consent
# member: iraq.igc; Governing Council; until 2004-05-31; stance 0; wants: sovereignty, its own legitimacy, and no troops from neighbouring states
# member: iraq.interim; Interim government; from 2004-06-01; stance 2; wants: sovereignty, and help to train its own forces
# member: washington.powell; Powell (State); stance 1; wants: allies and a UN resolution, if they cost no American control
# member: washington.rumsfeld; Rumsfeld (Defense); stance 1; wants: fewer US troops in Iraq, and no committee over the generals
# member: washington.bremer; Bremer (CPA); stance 1; wants: no timetable that ties the occupation's hands
# score_us: US troops below the start; meter usTroops lower
# score_us: Allied troops above the start; meter alliedTroops higher
# score_us: Command kept unified; track command not parallel, withdrawn
# score_nato: A NATO role agreed by consensus; agreed nac
# score_nato: No member had to block; unblocked nac
# score_nato: Paris, Berlin and Brussels on board; stance nac.france, nac.germany, nac.belgium at least 0

# event_isaf: NATO takes command of ISAF
# event_unscr1500: resolution 1500
# event_un_bombing: the bombing of the UN headquarters
# event_najaf: the Najaf bombing
# event_polish_division: Poland takes command of the division
# event_back_to_un: the return to the UN
# event_un_second_bomb: the second bomb at the UN
# event_turkey_troops: Turkey's vote on troops
# event_unscr1511: the vote on resolution 1511
# event_madrid_conference: the Madrid donors' conference
# event_nasiriyah: the Nasiriyah bombing
# event_november_15: the 15 November agreement
# event_saddam_captured: the capture of Saddam Hussein
# event_council_answers: the Governing Council's answer
# event_new_secgen: the new Secretary-General
# event_ashura: the Ashura bombings
# event_tal: the interim constitution
# event_madrid_bombings: the Madrid train bombings
# event_enlargement: NATO's enlargement
# event_fallujah: Fallujah and the uprising
# event_spain_withdraws: Spain's withdrawal
# event_abu_ghraib: the Abu Ghraib photographs
# event_handover_draft: the draft for the handover
# event_interim_government: the interim government
# event_unscr1546: the vote on resolution 1546
# event_allawi_letter: Allawi's letter
# event_handover: the handover
# event_months_between: the months a short turn passes over

// The negotiating table (docs/story-contract.md, "The table"). These global tags declare the
// bodies that decide, their members and what each wants, and how each role's brief is
// measured at the end. The engine owns the rules: a Security Council resolution passes with 9
// yes votes and no permanent member against; the North Atlantic Council acts only by
// consensus; the Iraqi invitation follows the Iraqi side's lead. Rosters change on their
// dates: the Security Council on 1 January 2004, NATO on 29 March 2004 (the seven new members).
// Stances run from -3 (hostile) to +3 (committed); the story moves them with move_stance().
// The bars: a NATO member blocks a proposal when its stance is below the state's number, or,
// for "withdrawn" (suspending NATO's help), above it. Sources: shared HISTORY.md, "Actors".
//
// Where the campaign departs from a plain reading of the roster, and why:
// - The North Atlantic Council's bars are 0 for every new role ("a member blocks when it
//   objects": NATO decides by silence, and a member that does not object does not break it).
//   Whether a NATO force would be more than a badge is a separate question the summit reads
//   from the table: who backs it (stance 1 or more), the UN, the invitation, the Pentagon.
//   Training's bar is -2: it was the one role even the members that opposed the war accepted
//   (HISTORY.md, "What happened next"); only a member openly hostile to NATO in Iraq (-3) blocks it.
//   Suspending NATO's help ("withdrawn") is blocked by every member that backs the coalition.
// - Belgium starts at -1, a step behind France (-2): it blocked planning for Turkey with Paris
//   and Berlin in February 2003, but followed Paris rather than leading.
// - Luxembourg starts at 0, not below: it opposed the war with Paris, Berlin and Brussels
//   (29 April 2003), but followed them rather than breaking silence alone.
// - The Iraqi side's bar is 2: inviting foreign soldiers took more than goodwill from an
//   appointed council of 25. The interim government starts at 2, because it did ask NATO for
//   help (Allawi's letter of 22 June 2004).
// - Each desk pays its own monthly upkeep (src/engine/table/upkeep.ts). The US official answers
//   for the troop burden: every 10,000 US troops above 100,000 cost a point a month. The NATO
//   official's trust runs down while the alliance is divided: every member of
//   the North Atlantic Council standing against (stance below 0) costs a point a month. In
//   August that is France, Germany and Belgium: 3 a month, about what the troops cost the US desk.
// - The event_ tags name the historical events of events.ink for the ledger.
