// NATO official, act 3: March - June 2004. Madrid, enlargement, the April crisis, 1546, Istanbul.

=== nato_mar ===
# turn: 8
# date: 2004-03
March 2004. {paris_mood()} {washington_mood()}
{ event_on("ashura"): -> ev_ashura -> }
-> ev_tal ->
{ event_on("madrid_bombings"): -> ev_madrid_bombings -> }
{ event_on("enlargement"): -> ev_enlargement -> }
-> newcomers ->
-> council_retry ->
-> desk ->
-> close

= newcomers
At the end of the month seven countries join NATO, and on 2 April their flags will go up outside its headquarters. Washington's friends in the east will soon sit at the North Atlantic Council's table. How do you use the moment? # date: 2004-03-29
* [Ask the new members to pledge troops for any NATO role in Iraq. # lean: washington]
    ~ change_troops(-1, 1)
    ~ change_capital(-1)
    ~ move_stance("washington", "rumsfeld", 1)
    ~ move_stance("nac", "france", -1)
    Romania and Bulgaria pledge first. In Paris this is read as "new Europe" being lined up against old, which is not what you meant. # note: These pledges are an invention of the game. The new members already had soldiers in Iraq or were eager to please Washington, but had small budgets and few units ready to deploy.
* [Line up replacements in case a contributor leaves the Polish-led division. # lean: washington]
    ~ spain_plan = true
    ~ change_capital(-1)
    After Madrid, you are not sure every contributor will stay. You draw up a list of units that could step in and quietly ask their governments to keep them ready.
* [Keep the welcome about the new members, not about Iraq. # lean: allies]
    ~ change_capital(2)
    ~ move_stance("nac", "france", 1)
    The ceremony is about the end of the Cold War's divisions, not about the newest one. Paris notices the restraint.
* [Tell the division's contributors NATO will not ask them to stay after June. # lean: allies]
    ~ change_troops(5, -2)
    ~ change_capital(1)
    ~ move_stance("nac", "belgium", 1)
    ~ move_stance("washington", "rumsfeld", -2)
    Several governments take it as permission to start packing. American planners pencil in more of their own units for the summer. # note: This advice is an invention of the game. Historically Spain's new government ordered its troops home on 18 April 2004, and they left by late May.
- ->->

= desk
Iraq's interim constitution, the Transitional Administrative Law, has been signed. An aide asks whether NATO should say anything about it.
* [Welcome it, and say NATO stands ready to help a sovereign Iraq if asked. # lean: iraq]
    ~ change_capital(-1)
    ~ move_stance("iraq", "igc", 1)
    Two allies think NATO should keep quiet about Iraqi politics. But the statement is noticed in Baghdad, where Council members are looking for friends abroad.
* [Say nothing: Iraqi politics are not NATO's business. # lean: allies]
    ~ change_capital(1)
    Nobody in the Council has to argue about a statement. In Baghdad, nobody notices that NATO was silent.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_apr

=== nato_apr ===
# turn: 9
# date: 2004-04
April 2004. {paris_mood()}
{ event_on("fallujah"): -> ev_fallujah -> }
{ event_on("spain_withdraws"): -> ev_spain_withdraws -> }
-> council_answers ->
-> crisis ->
{ event_on("abu_ghraib"):
    -> ev_abu_ghraib ->
    -> photographs ->
}
-> desk ->
-> close

= crisis
US troops in Iraq: about {us_troops()},000. Allied troops: about {allied_troops()},000. { event_on("fallujah"): {scenario == "short":The Polish-led division is fighting for towns in its own sector, and asks NATO for help.|Moqtada al-Sadr's Mahdi Army has risen in Baghdad and the south. The Polish-led division is fighting for towns in its own sector, and its commanders ask NATO for help.} | The Polish-led division's commanders warn of a violent spring, and ask NATO what it would do. } # table: nac
* [{scenario == "short":Call an emergency Council meeting to reinforce the Polish-led division.|Call an emergency North Atlantic Council meeting to reinforce the Polish-led division.} # lean: washington]
    ~ change_capital(-2)
    { stance("nac", "france") >= 0 && stance("nac", "germany") >= 0:
        ~ change_troops(-2, 3)
        Paris and Berlin do not object. Several allies send units, and some Americans can leave the south. # assert: {stance("nac", "france") >= 0 and stance("nac", "germany") >= 0} # note: These reinforcements are an invention of the game. Historically NATO decided nothing on Iraq until the Istanbul summit in June 2004, where it agreed to help train Iraqi forces.
    - else:
        ~ change_troops(0, 1)
        ~ move_stance("nac", "france", -1)
        {names_below(0)} {several(names_below(0)):say|says} the meeting proves NATO is being dragged into the war, and the Council agrees nothing. A few allies send small units on their own. # assert: {stance("nac", "france") < 0 or stance("nac", "germany") < 0} # note: These units are an invention of the game. Historically Spain ordered its troops home on 18 April 2004.
    }
* [Keep NATO at a distance from the occupation until June. # lean: allies]
    ~ change_troops(3, 0)
    ~ change_capital(1)
    ~ move_stance("nac", "germany", 1)
    ~ move_stance("washington", "rumsfeld", -2)
    You advise de Hoop Scheffer to say nothing new. American units cover the gaps, and the Pentagon notices who was not there in April.
* [Urge Washington, in public, to change course. # lean: allies]
    ~ change_capital(-3)
    ~ move_stance("nac", "france", 1)
    ~ move_stance("nac", "germany", 1)
    ~ move_stance("nac", "us", -2)
    ~ move_stance("washington", "rumsfeld", -1)
    {scenario == "short":Paris and Berlin applaud de Hoop Scheffer's speech. Washington reads it as NATO's staff taking sides against the alliance's biggest member.|De Hoop Scheffer's speech is applauded in Paris and Berlin. In Washington it is read as NATO's staff taking sides against the alliance's biggest member.}
* [Advise allies in the south to pull back to their bases until the handover. # lean: allies]
    ~ change_troops(12, -3)
    ~ change_capital(-1)
    ~ move_stance("nac", "belgium", 1)
    ~ move_stance("washington", "rumsfeld", -3)
    {scenario == "short":Allied soldiers stop patrolling; American units retake the towns they leave, a division's worth of extra work.|Allied soldiers stop patrolling. The towns they leave are taken back by American units, and the American burden grows by a division's worth of work.} # note: This advice is an invention of the game. The allies' soldiers in the south served in the US-led multinational force, not under NATO.
- ->->

= photographs
{scenario == "short":Allies ask what the photographs mean for any NATO role in Iraq.|Allied ambassadors ask what the Abu Ghraib photographs mean for any NATO role in Iraq.}
* [Make any NATO role depend on clear rules for detainees. # lean: allies]
    ~ detainee_rules = true
    ~ change_capital(-1)
    ~ move_three(1)
    ~ move_stance("washington", "rumsfeld", -1)
    No NATO soldier will hand a prisoner to anyone who does not follow the rules: you write that into every paper. Washington finds it insulting, and cannot say so.
* [Say nothing in public; it is a matter for the Americans. # lean: washington]
    ~ change_capital(1)
    ~ move_three(-1)
    Washington is grateful for your silence. In Europe, it is read as NATO looking away.
- ->->

= desk
Fighting has spread in Iraq. At a press briefing, a reporter asks: "Shouldn't NATO just stay away from Iraq now?" You answer for the Secretary-General's office.
* [No: this is when Iraqis most need help training their own forces. # lean: iraq]
    ~ change_capital(-1)
    ~ move_stance("iraq", "igc", 1)
    Some ambassadors think the answer was brave and some think it was foolish. In Baghdad it is quoted as a sign that someone still plans to help.
* [The Council will decide nothing about Iraq before June. # lean: allies]
    ~ change_capital(1)
    ~ move_stance("washington", "rumsfeld", -1)
    The ambassadors are relieved. The US mission is not: it says NATO has chosen the worst moment to hide.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_may

=== nato_may ===
# turn: 10
# date: 2004-05
May 2004. {paris_mood()} {washington_mood()}
{ event_on("spain_withdraws"): The last Spanish soldiers leave Iraq this month. }
-> lobby ->
-> letter ->
-> desk ->
-> close

= lobby
-> ev_handover_draft ->
The Security Council is drafting the resolution for the handover. NATO has no seat, but its members hold three of the five permanent ones. The American draft already asks international and regional organisations to help the multinational force, as agreed with the Iraqi government. # table: unsc # note: This paragraph was in resolution 1546 as passed: a NATO role needed no new wording.
* [Point the allies to that paragraph: it already opens the door to helping Iraq's forces. # lean: iraq]
    ~ org_mention = true
    ~ change_capital(-1)
    ~ move_stance("nac", "germany", 1)
    You write a short note for the allies' capitals: if Baghdad asks, NATO can help under this paragraph without waiting for another resolution. Berlin finds the note useful.
* [Ask that any NATO role be placed under the UN's political authority. # lean: allies]
    ~ un_authority = true
    ~ change_capital(-2)
    ~ move_stance("nac", "france", 2)
    ~ move_stance("unsc", "france", 1)
    ~ move_stance("unsc", "russia", 1)
    ~ move_stance("nac", "us", -1)
    ~ move_stance("washington", "rumsfeld", -1)
    Paris would sign almost anything under those words. The Pentagon would sign almost nothing.
* [Leave the draft as Washington wrote it, and keep Washington's trust. # lean: washington]
    ~ change_capital(2)
    ~ move_stance("nac", "us", 1)
    You leave New York to the diplomats who work there. The US mission notices that NATO's staff did not try to rewrite its text.
- ->->

= letter
{scenario == "short":In May the new Iraqi government was still being formed.|The new Iraqi government will be named in a few weeks.} A letter from it would be an invitation nobody could call the occupation's.
* [Help the incoming Iraqi leaders draft a letter to NATO. # lean: iraq]
    ~ letter_asked = true
    ~ change_capital(-1)
    ~ move_stance("iraq", "interim", 1)
    You work through friends in Baghdad, carefully: the letter must read as Iraq's, not NATO's.
* [{scenario == "short":Wait for the Iraqis to write on their own.|Wait for the Iraqis to write on their own, if they want to.} # lean: allies]
    ~ change_capital(1)
    You decide an invitation is only worth having if nobody had to ask for it.
- ->->

= desk
De Hoop Scheffer meets the US ambassador to NATO, Nicholas Burns, next week. You write the note. What should he ask for?
* [A clear promise that any NATO role would answer to NATO, not to a US general. # lean: allies]
    ~ move_stance("nac", "us", -1)
    ~ move_three(1)
    The meeting is cool. But Paris and Berlin hear about the request, and for the first time their ambassadors talk about what NATO might do, not what it must not do.
* [Nothing: tell him NATO will fit in with whatever command Washington sets up. # lean: washington]
    ~ move_stance("nac", "us", 1)
    ~ move_stance("nac", "belgium", -1)
    The meeting is the friendliest of the year. Afterwards the Belgian ambassador asks whether NATO still has its own opinion.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_jun

=== nato_jun ===
# turn: 11
# date: 2004-06
June 2004, the month the occupation ends. {paris_mood()}
-> desk ->
-> body ->
-> nato_finish

= desk
The new interim government in Baghdad has been named, and three calls are waiting. Whom do you call back first?
* [The office of the new prime minister, Ayad Allawi, to ask what help it wants from NATO. # lean: iraq]
    ~ change_capital(-1)
    ~ move_stance("iraq", "interim", 1)
    An adviser promises a list. "Training," he says. "Officers, above all. We want our own army."
* [The French mission, to ask Paris not to block NATO at the summit in Istanbul. # lean: allies]
    ~ change_capital(-1)
    ~ move_stance("nac", "france", 1)
    The French deputy ambassador promises nothing. {stance("nac", "france") >= 0:But she says Paris "will not be the one to say no in Istanbul", which is more than you expected.|She says only that Paris has not changed its conditions.}
* [The US mission, to agree the summit's words on Iraq before anyone else sees them. # lean: washington]
    ~ change_capital(2)
    ~ move_stance("nac", "us", 1)
    Nicholas Burns is glad you called him first. Other allies will find out later that the words were settled without them.
- ->->

= body
-> ev_interim_government ->
-> vote_1546 ->
{ event_on("allawi_letter") || letter_asked: -> ev_allawi_letter -> }
-> ev_handover ->
-> summit ->
->->

= vote_1546
-> ev_1546_tabled ->
-> ev_1546_letters ->
-> ev_1546_vote ->
{ track("un") == "passed":
    ~ move_stance("nac", "canada", 1)
    ~ move_stance("nac", "norway", 1)
    { org_mention: It keeps the paragraph asking international and regional organisations to help the force, as the American draft always had, and the allies you briefed can point to it. # assert: {track("un") == "passed"}}
    { un_authority: In this version of events, it says any NATO role would report to the Security Council, because you asked for it. Washington has not forgotten. # assert: {track("un") == "passed"} # note: Historically resolution 1546 said nothing of the kind: the multinational force stayed under US command.}
}
->->

= summit
{scenario == "short":At the summit de Hoop Scheffer will put one proposal on Iraq, which you write, to all 26 allies' leaders; any one can block it.|At the summit Jaap de Hoop Scheffer will put one proposal on Iraq, which you write, to the leaders of all 26 allies. Any one of them can block it.} {paris_mood()} {washington_mood()} What do you propose? # table: nac
* [Propose a NATO-led division in the south, under resolution 1546. # lean: washington]
    ~ summit_ask = "division"
    ~ summit_division()
    The night before, every ambassador in the building wants to see you.
* { track("invitation") == "renewed" } [{scenario == "short":Offer the NATO-led division in the south that Iraq's government asked for in writing.|Offer Iraq's government what it asked for in writing: a NATO-led division in the south.} # lean: iraq]
    ~ summit_ask = "division"
    ~ move_stance("iraq", "interim", 1)
    ~ summit_division()
    You build the proposal on the Iraqi letter, so that nobody can call it NATO's own idea. # assert: {track("invitation") == "renewed"}
* { inv_ok() } [Propose a NATO mission to train Iraq's security forces, as Baghdad asks. # lean: iraq]
    ~ summit_ask = "training"
    ~ summit_training()
    You propose what the Iraqi side asks for. It is not much, and almost everyone can sign it.
* { inv_ok() } [{scenario == "short":Propose NATO training inside Iraq, under the US general who runs coalition training.|Propose NATO training inside Iraq, led by the US general who runs the coalition's training.} # lean: washington]
    ~ summit_ask = "training_us"
    ~ move_stance("nac", "us", 1)
    ~ temp berlin = stance("nac", "germany") >= 0
    { not berlin:
        ~ move_stance("nac", "france", -1)
    }
    ~ summit_training()
    One commander for all training in Iraq: Washington likes it. {berlin:Berlin tells Paris it can live with it, if Germans may train Iraqis outside Iraq.|Paris asks whether a mission under an American general is still NATO's.}
* { track("command") == "parallel" || three_back() } [Propose a NATO mission of its own, apart from the coalition, under the UN. # lean: allies]
    ~ summit_ask = "own"
    {
    - not inv_ok():
        ~ go_command("support")
        ~ finale = -> nato_end_back_room
    - summit_proposal("parallel") == "parallel":
        ~ change_troops(-4, 5)
        ~ finale = -> nato_end_own_mission
    - else:
        ~ summit_blocked_by = blocked_by
        ~ go_command("support")
        ~ finale = -> nato_end_split
    }
    You propose the one thing Paris has wanted from the start, and wait to see whether Washington will let it happen.
* [Propose nothing new: NATO keeps supporting the Polish-led division. # lean: allies]
    ~ summit_ask = "nothing"
    ~ go_command("support")
    ~ finale = -> nato_end_back_room
    You decide that no proposal is better than one that fails.
- ->->

=== nato_finish ===
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
-> finale

// The summit's division: proposed afresh; blocked, the alliance splits (and NATO's help stays in
// the back room); agreed, it is a real force only if division_ready() finds nothing missing.
=== function summit_division()
~ temp planned = force_ready() or study
{
- summit_proposal("nato-sector") != "nato-sector":
    ~ summit_blocked_by = blocked_by
    ~ go_command("support")
    ~ finale = -> nato_end_split
- division_ready(planned):
    ~ change_troops(-15, 15)
    ~ finale = -> nato_end_division
- else:
    ~ change_troops(-3, 3)
    ~ finale = -> nato_end_fig_leaf
}

// The summit's training mission, whoever leads it: agreed, or blocked and back to the back room.
=== function summit_training()
{ summit_proposal("training") == "training":
    ~ finale = -> nato_end_training
- else:
    ~ summit_blocked_by = blocked_by
    ~ go_command("support")
    ~ finale = -> nato_end_back_room
}
