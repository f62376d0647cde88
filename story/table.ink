# body: unsc; UN Security Council; vote 9; decides un: passed; short UNSC
# body: nac; North Atlantic Council; consensus; decides command: training 0, polish-model 0, gradual 1, nato-sector 1, parallel 0, withdrawn at most 1; short NAC
# body: iraq; Iraqi side; lead; decides invitation: invited 1, renewed 1; short Iraq
# body: washington; Washington; advisory
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
# member: nac.belgium; Belgium; stance -2; wants: a UN mandate and an Iraqi invitation before any NATO role
# member: nac.canada; Canada; stance 0; wants: any NATO role to rest on the UN; it stayed out of the war
# member: nac.czechia; Czech Republic; stance 1; wants: to be useful to the alliance without a large bill
# member: nac.denmark; Denmark; stance 2; wants: the coalition it fights in to succeed
# member: nac.france; France; stance -2; wants: a UN mandate, an Iraqi invitation, and no NATO role in the occupation
# member: nac.germany; Germany; stance -1; wants: the same conditions as Paris; no German troops in Iraq in any case
# member: nac.greece; Greece; stance 0; wants: a role its voters will not see as joining the war
# member: nac.hungary; Hungary; stance 1; wants: to stand with Washington at little cost
# member: nac.iceland; Iceland; stance 1; wants: the alliance to stay united
# member: nac.italy; Italy; stance 2; wants: help for its troops in Nasiriyah, and a say for Rome
# member: nac.luxembourg; Luxembourg; stance -1; wants: whatever Paris, Berlin and Brussels can agree on
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
# member: iraq.igc; Governing Council; until 2004-05-31; stance 0; wants: sovereignty and its own legitimacy; no troops from neighbouring states
# member: iraq.interim; Interim government; from 2004-06-01; stance 1; wants: sovereignty, and help to train its own forces
# member: washington.powell; Powell (State); stance 1; wants: allies and a UN resolution, if they cost no American control
# member: washington.rumsfeld; Rumsfeld (Defense); stance 1; wants: fewer US troops in Iraq, and no committee over the generals
# member: washington.bremer; Bremer (CPA); stance 1; wants: no timetable that ties the occupation's hands
# score_us: US troops below the start; meter usTroops lower
# score_us: Allied troops above the start; meter alliedTroops higher
# score_us: Command kept unified; track command not parallel, withdrawn
# score_nato: A NATO role agreed by consensus; agreed nac
# score_nato: No member had to block; unblocked nac
# score_nato: Paris, Berlin and Brussels on board; stance nac.france, nac.germany, nac.belgium at least 0

// The negotiating table (docs/story-contract.md, "The table"). These global tags declare the
// bodies that decide, their members and what each wants, and how each role's brief is
// measured at the end. The engine owns the rules: a Security Council resolution passes with 9
// yes votes and no permanent member against; the North Atlantic Council acts only by
// consensus; the Iraqi invitation follows the Iraqi side's lead. Rosters change on their
// dates: the Security Council on 1 January 2004, NATO on 29 March 2004 (the seven new members).
// Stances run from -3 (hostile) to +3 (committed); the story moves them with move_stance().
// The bars: a NATO member blocks a proposal when its stance is below the state's number, or,
// for "withdrawn" (suspending NATO's help), above it. Sources: shared HISTORY.md, "Actors".
