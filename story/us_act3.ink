// US official, act 3: March - June 2004. Madrid, the April crisis, resolution 1546, Istanbul.

=== us_mar ===
# turn: 8
# date: 2004-03
March 2004. {paris_mood()} {washington_mood()}
{ event_on("ashura"): -> ev_ashura -> }
-> ev_tal ->
{ event_on("madrid_bombings"): -> ev_madrid_bombings -> }
{ event_on("enlargement"): -> ev_enlargement -> }
-> gap ->
-> invite ->
-> desk ->
-> close

= gap
The Polish-led division is stretched thin across its five provinces, and its contributors' parliaments ask every month how long their soldiers will stay. Where should more soldiers for the south come from? # date: 2004-03-29
* [Ask NATO's eastern members, old and new, for troops for the Polish-led division. # lean: allies]
    ~ change_troops(-2, 2)
    ~ pay(1)
    ~ move_stance("nac", "france", -1)
    Bulgaria, Romania and the Baltic states find small units. In Paris this is read as Washington recruiting "new Europe" against old. # note: These units are an invention of the game. The new members already had soldiers in Iraq or were eager to please Washington, but had small budgets and few units ready to deploy.
* [Line up replacements now, in case a contributor goes home. # lean: allies]
    ~ spain_plan = true
    Nobody thanks you for planning for bad news. You draw up a list of units that could step in if any contributor leaves, and you quietly ask their governments to keep them ready.
* [Ask nobody for now; the June deadline will change everyone's plans anyway. # lean: washington]
    ~ change_capital(2)
    You save your favours for the summer.
- ->->

// A second try at the Governing Council before it dissolves (the US official's; the NATO
// official asks through common.ink's council_retry).
= invite
{ inv_ok() || track("invitation") == "requested":
    ->->
}
The Governing Council will dissolve at the end of June. {track("invitation") == "refused": It has already said no to inviting NATO once.} {council_mood()} # table: iraq
* [Ask Bremer's staff to get a written request to NATO from the Council before it dissolves. # lean: allies]
    { track("invitation") != "sounding":
        ~ move_track("invitation", "sounding")
    }
    ~ move_track("invitation", "requested")
    ~ pay(2)
    The request goes to Baghdad. The Council promises an answer next month.
* [Leave the invitation to the sovereign government that takes over in June. # lean: iraq]
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", 1)
    You decide an invitation from an appointed council is worth less than one from a government. Several Council members agree.
- ->->

= desk
The interim constitution, the Transitional Administrative Law, has been signed. An aide brings you the draft of the department's statement. There is room for one more sentence. Which one?
* [Praise the Governing Council by name for the hard compromises it made. # lean: iraq]
    ~ pay(1)
    ~ move_stance("iraq", "igc", 1)
    The Pentagon thinks the praise is too warm. In Baghdad, two Council members quote your sentence in their own speeches.
* [Say plainly that Iraq will need foreign troops long after June. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", -1)
    The Pentagon likes the honesty. Iraqi newspapers print the sentence under the headline "The occupation will not end."
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_apr

=== us_apr ===
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
US troops in Iraq: about {us_troops()},000. { event_on("fallujah"): The fighting is spreading, and the generals want an answer this week. | Commanders warn that the spring could be violent, and want to know what Washington will do if it is. } # table: nac
* [Send more US troops to put down the uprisings. # lean: washington]
    ~ surges += 1
    ~ change_troops(RANDOM(10, 12), 0)
    ~ change_capital(2)
    More brigades are ordered to Iraq. On television it looks like resolve. On your spreadsheet it looks like the burden you were hired to reduce. # note: Historically units were held in Iraq past their dates in April 2004, and US numbers went back up to about 135,000-138,000.
* [Ask allies for emergency reinforcements for the south. # lean: allies]
    ~ pay(2)
    { stance("nac", "france") >= 0 && stance("nac", "germany") >= 0:
        ~ change_troops(-3, 4)
        Because Paris and Berlin no longer object, the North Atlantic Council in Brussels lets allies answer one by one. Several do, and some American units can come out of the south. # assert: {stance("nac", "france") >= 0 and stance("nac", "germany") >= 0} # note: These reinforcements are an invention of the game. Historically Spain ordered its troops home on 18 April 2004, and NATO decided nothing on Iraq until the Istanbul summit in June.
    - else:
        ~ change_troops(0, 1)
        {names_below(0)} {several(names_below(0)):say|says} this is exactly the war {several(names_below(0)):they|it} warned about, and the North Atlantic Council does not take the request up. A few allies send small units on their own; it is not enough to bring any Americans home. # assert: {stance("nac", "france") < 0 or stance("nac", "germany") < 0} # note: These units are an invention of the game. Historically Spain ordered its troops home on 18 April 2004.
    }
* [Hold steady: commanders fight with the troops they have. # lean: washington]
    ~ pay(1)
    ~ temp luck = RANDOM(1, 3)
    { luck == 1:
        ~ change_troops(3, 0)
        The line holds, just. By the end of the month the generals have pulled in extra units anyway.
    - else:
        The line holds. It is a hard month, and you are criticised for doing nothing, but the numbers do not grow.
    }
- ->->

= photographs
{scenario == "short": In May allied ministers ask you what Washington will do.|The photographs are everywhere. Allied ministers ask you what Washington will do.}
* [Urge a full, public investigation, and tell the allies so. # lean: allies]
    ~ pay(1)
    ~ move_three(1)
    Some in the Pentagon say you are helping the army's critics. Allied ministers say they are glad somebody in Washington is saying the right thing.
* [Keep it inside the Pentagon and say little. # lean: washington]
    ~ change_capital(1)
    ~ move_three(-1)
    ~ move_stance("nac", "france", -1)
    Washington is grateful for your silence. In Europe, the silence is heard as a shrug.
- ->->

= desk
{ event_on("fallujah"): The uprising has reached towns in the Polish-led division's own sector. Its staff send an urgent question: if the fighting grows, can they count on American help? # assert: {event_on("fallujah")}|The staff of the Polish-led division send an urgent question: if fighting breaks out in their towns, can they count on American help? # assert: {not event_on("fallujah")}}
* [Promise them a US quick-reaction force if things go badly. # lean: allies]
    ~ pay(1)
    It takes an angry afternoon at the Pentagon to get the promise in writing. The Polish staff send it round the division, and two small contingents that were talking about leaving decide to stay.
* [Tell them to plan with what they have: US forces are stretched everywhere. # lean: washington]
    ~ change_capital(2)
    The Pentagon is grateful that you did not promise its soldiers away. The Polish chief of staff replies that his division will hold, "as long as nobody else leaves".
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_may

=== us_may ===
# turn: 10
# date: 2004-05
May 2004. {paris_mood()} {washington_mood()}
{ event_on("spain_withdraws"): The last Spanish soldiers leave Iraq this month. }
The UN's Lakhdar Brahimi is in Baghdad, helping Iraqis choose the interim government that will take over on 30 June. # note: Brahimi, Kofi Annan's special adviser, helped choose the interim government in April and May 2004.
-> draft_1546 ->
-> rotation ->
-> desk ->
-> close

= draft_1546
-> ev_handover_draft ->
{ scenario == "short": In May you drafted the heart of the handover resolution: on what terms foreign soldiers stay in a sovereign Iraq.|The resolution for the handover must say on what terms foreign soldiers stay in a sovereign Iraq. Your section is the heart of it, and it must win nine votes in the Security Council without a veto.} # table: unsc
* [The force stays at the new government's request, with a 12-month review. # lean: allies]
    ~ un_critics(1)
    ~ move_stance("nac", "france", 1)
    ~ move_stance("nac", "germany", 1)
    ~ move_stance("iraq", "igc", 1)
    It is a simple idea: the soldiers stay because Iraq asks them to, and the arrangement is reviewed after a year. Paris calls it "a beginning of sovereignty", and the Council's other critics agree.
* [Give Iraq's new government a say over major operations. # lean: iraq]
    ~ iraqi_say = true
    ~ pay(1)
    ~ un_critics(1)
    ~ move_three(1)
    ~ move_stance("iraq", "igc", 2)
    ~ move_stance("iraq", "interim", 1)
    ~ move_stance("washington", "rumsfeld", -2)
    Baghdad and Paris are delighted. The Pentagon says no American general will ask an Iraqi minister for permission, and it says so to the White House. # note: Historically 1546 kept the multinational force under US command; letters from Allawi and Powell, annexed to the resolution, set out how the force and the Iraqi government would work together.
* [Write NATO command of the Polish-led sector into the draft. # lean: washington]
    ~ nato_clause = true
    ~ pay(2)
    ~ move_stance("unsc", "france", -3)
    ~ move_stance("unsc", "russia", -3)
    ~ move_stance("nac", "france", -1)
    ~ move_stance("washington", "rumsfeld", 1)
    If the Security Council names NATO, the alliance has its mandate in writing. France and Russia say they will not be rushed into naming NATO before Iraq's new government has asked for it.
* [The force stays as it is, under US command. # lean: washington]
    ~ change_capital(2)
    ~ move_stance("unsc", "france", -1)
    ~ move_stance("nac", "france", -1)
    ~ move_stance("nac", "germany", -1)
    The Pentagon is happy. Paris says a sovereign government deserves more than one paragraph.
- ->->

= rotation
Thousands of US soldiers are due to rotate home this summer. Their replacements are not yet ready.
* [Bring units home on schedule, as promised to their families. # lean: washington]
    ~ change_troops(-6, 0)
    ~ pay(1)
    The generals warn that they are being asked to do the same with less. You back the families. # note: Historically the Pentagon did the opposite: units were held in Iraq past their dates in April 2004, and US numbers went back up to about 135,000-138,000.
* [Keep units in Iraq past their rotation dates. # lean: washington]
    ~ surges += 1
    ~ change_troops(6, 0)
    ~ change_capital(2)
    Soldiers who were packing are told to unpack. The Pentagon is grateful; their families are not.
* [Ask the Polish-led division's partners to stay longer instead. # lean: allies]
    ~ change_troops(-2, 1)
    ~ pay(1)
    Warsaw and Kyiv agree, for a price in visits and promises. Some American units come home on time.
- ->->

= desk
The ambassador of a small ally with a platoon in the Polish division comes to see you. She is worried about the law. "After 30 June, who are my soldiers working for? My parliament will ask."
* [Promise her in writing that nothing changes: the same US-led command, the same rules. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", -1)
    Her parliament is satisfied. But the letter leaks to an Iraqi newspaper, which asks who will really be in charge after June.
* [Tell her the new Iraqi government will be asked to invite her soldiers to stay. # lean: iraq]
    ~ pay(1)
    ~ move_stance("iraq", "igc", 1)
    ~ move_stance("iraq", "interim", 1)
    The Pentagon calls that a risky promise. In Baghdad, the idea that Iraqis will be asked first is welcomed as a sign of respect.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
{ why == "time": -> us_end_time }
-> us_jun

=== us_jun ===
# turn: 11
# date: 2004-06
June 2004, the last month of the occupation. {paris_mood()}
-> ev_interim_government ->
-> desk ->
-> body ->
-> us_finish

= desk
The new interim government has been named, and your phone will not stop ringing. Whom do you call back first? # assert: {interim_named}
* [The new interim prime minister's office, to ask what help it wants from NATO. # lean: iraq]
    ~ pay(1)
    ~ move_stance("iraq", "interim", 1)
    A tired adviser takes the call and promises a list. He says it is the first time an American has asked that question before telling them the answer.
* [The French embassy, to ask Paris not to block NATO's plans at Istanbul. # lean: allies]
    ~ move_stance("nac", "france", 1)
    The counsellor promises nothing, but says Paris will "listen carefully in Istanbul". From him, that is a lot.
* [The Pentagon, to agree the line on command before anyone else asks. # lean: washington]
    ~ change_capital(2)
    ~ move_stance("washington", "rumsfeld", 1)
    The Pentagon planner is glad you called her first. "Unified command," she says. "Say it twice in Istanbul."
- ->->

= body
-> vote_1546 ->
{ track("un") != "passed":
    ~ finale = -> us_end_talks
    ->->
}
{ event_on("allawi_letter") || letter_asked: -> ev_allawi_letter -> }
-> ev_handover ->
-> summit ->
->->

= vote_1546
-> ev_1546_tabled ->
-> ev_1546_letters ->
~ vetoed_by = blockers("un", "passed")
{ vetoed_by != "":
    -> veto_fight ->
- else:
    -> ev_1546_vote ->
}
{ track("un") == "passed":
    { nato_clause && not clause_dropped: In this version of events it also welcomes a NATO role in the south, because you wrote it in and nobody vetoed it. # assert: {nato_clause and not clause_dropped} # note: Historically 1546 did not name NATO: it asked member states and international and regional organisations in general to help the force.}
    { iraqi_say: Your clause giving Baghdad a say over major operations has been softened into a promise of "close coordination", but it is there. # assert: {track("un") == "passed"}}
}
->->

= veto_fight
The count is against you: {vetoed_by} {several(vetoed_by):say they|says it} will veto the draft as it stands. {nato_clause: The new Iraqi government, {several(vetoed_by):they say|it says}, has not asked for a NATO clause.|The draft gives a sovereign government too little, {several(vetoed_by):they say|it says}.} # table: unsc
* { nato_clause } [Drop the NATO clause to save the vote. # lean: allies]
    ~ clause_dropped = true
    ~ pay(2)
    ~ move_stance("unsc", "france", 3)
    ~ move_stance("unsc", "russia", 3)
    ~ move_stance("nac", "france", 1)
    You drop the clause, and the Pentagon asks what your spring was for.
    -> last_vote ->
* { not nato_clause } [Add that the mandate ends early if the Iraqi government asks, to save the vote. # lean: iraq]
    ~ pay(2)
    ~ un_critics(1)
    ~ move_stance("washington", "rumsfeld", -1)
    You add the sentence in a night of calls: the force stays at the new government's request, and it leaves earlier if that government asks. The Pentagon says it was not consulted.
    -> last_vote ->
* [Keep the text and dare them to veto. # lean: washington]
    ~ change_capital(-10)
    ~ move_three(-1)
    You tell every capital that Washington will not change a word.
    { RANDOM(1, 3) > 1:
        ~ un_critics(2)
        In this version of events the dare works: nobody wants the blame for leaving a sovereign Iraq without the Security Council's blessing, and the critics decide they can live with your text. # note: Historically nobody dared or vetoed: resolution 1546 passed 15-0 on 8 June 2004.
    - else:
        Nobody backs down.
    }
    -> last_vote ->
- ->->

= last_vote
~ vetoed_by = blockers("un", "passed")
~ temp result = propose("un", "passed")
-> un_1546_result ->
->->

= summit
{ scenario == "short": You write the President's request on Iraq to NATO's summit, and all 26 allies must agree to it.|At NATO's summit the President will make the request on Iraq, and you write it. Whatever it is, all 26 allies must agree to it.} {washington_mood()} {promised: You promised the Senate in February that NATO would carry a real share of the load by summer.} What do you ask for? # table: nac
* [Ask for a NATO-led division in the south, under resolution 1546. # lean: washington]
    ~ summit_ask = "division"
    ~ temp planned = force_ready() or study
    {
    - summit_proposal("nato-sector") != "nato-sector":
        ~ summit_blocked_by = blocked_by
        ~ finale = -> us_end_split
    - division_ready(planned):
        ~ change_troops(-15, 15)
        ~ finale = -> us_end_division
    - else:
        ~ change_troops(-3, 3)
        ~ finale = -> us_end_fig_leaf
    }
    You make the case in the summit's corridors until two in the morning.
* { inv_ok() } [Ask only for a NATO mission to train Iraq's security forces. # lean: iraq]
    ~ summit_ask = "training"
    { summit_proposal("training") == "training":
        ~ finale = -> us_end_training
    - else:
        ~ summit_blocked_by = blocked_by
        ~ go_command("support")
        ~ finale = -> us_end_unified
    }
    You ask for what the Iraqi side asks for, and not a soldier more.
* { stance("washington", "rumsfeld") <= -1 || track("command") == "parallel" } [Accept a NATO force outside US command, answering to Baghdad and the UN. # lean: iraq]
    ~ summit_ask = "parallel"
    { summit_proposal("parallel") == "parallel":
        ~ change_troops(-8, 6)
        ~ finale = -> us_end_overruled
    - else:
        ~ summit_blocked_by = blocked_by
        ~ go_command("support")
        ~ finale = -> us_end_unified
    }
    You decide that soldiers matter more than control, and you put that to the President's team.
* [Thank NATO and keep the coalition under US command. # lean: washington]
    ~ summit_ask = "nothing"
    ~ go_command("support")
    ~ finale = -> us_end_unified
    You decide the price of NATO is too high, and you say so.
- ->->

=== us_finish ===
~ temp why = end_turn()
{ why == "capital": -> us_end_capital }
{ why == "burden": -> us_end_burden }
-> finale
