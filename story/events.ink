// Historical events, shared by both roles. Each knot is a tunnel: `-> ev_name ->`, and starts
// with ~ event("name"), so the ledger puts what follows down to the event, not to the player's
// last choice or to the new month (table.ink gives each name its readable label).
//
// Optional events: a scenario file can switch any of these off; the story asks event_on(name).
//   isaf               11 Aug 2003  NATO takes command of ISAF in Kabul (text only)
//   un_bombing         19 Aug 2003  truck bomb at the UN headquarters in Baghdad; opens a decision
//   najaf              29 Aug 2003  car bomb in Najaf kills Ayatollah al-Hakim (text only)
//   polish_division     3 Sep 2003  Poland takes command of MND-CS; US Marines go home (US troops -6)
//   un_second_bomb     22 Sep 2003  second bomb at the UN compound; UN pulls out its staff (text only)
//   turkey_troops       7 Oct 2003  Turkey's parliament authorises troops; opens a decision; dropped in Nov
//   madrid_conference  23 Oct 2003  donors' conference in Madrid (capital +2)
//   nasiriyah          12 Nov 2003  bombing of the Italian base; deadliest US month (US troops +3, capital -2)
//   saddam_captured    13 Dec 2003  Saddam Hussein captured (capital +5)
//   new_secgen          Jan 2004    de Hoop Scheffer succeeds Robertson (text only)
//   ashura              2 Mar 2004  bombings at Shia shrines in Karbala and Baghdad (text only)
//   madrid_bombings    11 Mar 2004  Madrid train bombings and Spain's election (text only)
//   enlargement        29 Mar 2004  seven countries join NATO (capital +2)
//   fallujah            Apr 2004    Fallujah and the Shia uprising (US troops +8, capital -3)
//   spain_withdraws    18 Apr 2004  Spain orders its troops home (allied -1; US +1 unless replacements were lined up)
//   abu_ghraib          Apr 2004    the Abu Ghraib photographs (capital -4; Paris and the Iraqis cooler); opens a decision
//   allawi_letter      22 Jun 2004  Allawi asks NATO for help with training (moves the invitation track)
//
// Fixed events (always happen; the campaign's spine): resolution 1500 (14 Aug), the $87 billion
// request and the return to the UN (7 Sep), the vote on 1511 (16 Oct), the 15 Nov agreement on
// sovereignty, the Transitional Administrative Law (8 Mar), the interim government (1 Jun),
// resolution 1546 (8 Jun), and the handover and Istanbul summit (28-29 Jun).

VAR interim_named = false  // the interim government has been named (1 June 2004): lines after it may say so

=== ev_isaf ===
~ event("isaf")
{ scenario == "short": On 11 August NATO takes command of ISAF, the UN-mandated peace force in Kabul: its first operation outside Europe and North America, separate from the American-led war.|On 11 August NATO takes command of ISAF, the international peace force in Kabul. It is the alliance's first operation outside Europe and North America, and it came after months of quiet planning help from the back room. NATO itself commands the force, under a UN mandate, separately from the American-led war against the Taliban. Some people in Brussels already call it a model for Iraq.} # note: ISAF: the International Security Assistance Force in Afghanistan, set up under a UN mandate. NATO took command of it on 11 August 2003.
->->

=== ev_unscr1500 ===
~ event("unscr1500")
{ scenario == "short": On 14 August UN resolution 1500 welcomes the Governing Council and creates UNAMI, a small UN mission for Iraq.|On 14 August the UN Security Council passes resolution 1500. It welcomes the Governing Council and creates UNAMI, a small UN mission to help Iraq.} # note: UNSCR means UN Security Council resolution. Resolution 1500 passed 14-0, with Syria abstaining. UNAMI is the UN Assistance Mission for Iraq.
->->

=== ev_un_bombing ===
~ event("un_bombing")
{ scenario == "short": On 19 August a truck bomb destroys the UN headquarters in Baghdad, killing at least 22 people, among them the UN's envoy, Sergio Vieira de Mello.|On 19 August, five days after UNAMI is created, a truck bomb destroys the UN headquarters at the Canal Hotel in Baghdad. At least 22 people die, among them the UN's Special Representative for Iraq, Sergio Vieira de Mello. More than 100 are wounded.} # note: Sources give 22 or more dead; more than 100 were wounded at the Canal Hotel. The post of UN Special Representative for Iraq was created by resolution 1483 in May 2003.
~ change_capital(-2)
{
- role == "us" and scenario == "short":
    // the US official's short game has no memo on the bombing: nothing to set up
- role == "us":
    In Washington the bombing is read in two opposite ways at once: as proof that Iraq needs more soldiers, and as proof that the UN cannot work there.
- else:
    {scenario == "short":At NATO the mood is grim: any role now means one where even the UN is a target.|At NATO headquarters the mood is grim. Any role for the alliance now means a role in a country where even the UN is a target.}
}
->->

=== ev_najaf ===
~ event("najaf")
{ scenario == "short": On 29 August a car bomb in Najaf, in the sector the Polish-led division is about to take over, kills the Shia leader Ayatollah Mohammed Baqir al-Hakim and more than 80 others.|On 29 August a car bomb in Najaf kills Ayatollah Mohammed Baqir al-Hakim, a leading Shia cleric, and more than 80 other people. Najaf lies in the sector the Polish-led division is about to take over.} # note: The Polish-led sector covered five provinces south of Baghdad: Karbala, Babil, Najaf, Qadisiyah and Wasit.
->->

=== ev_polish_division ===
~ event("polish_division")
{ scenario == "short": On 3 September a Polish-led division of about 9,000 soldiers from 17 or more countries takes over south of Baghdad from US Marines. # note: MND-CS: Multinational Division Central-South. Poland sent about 2,400 soldiers, Ukraine about 1,650 and Spain more than 1,000. NATO helped find the troops and provides planning, communications and logistics.|On 3 September Poland takes command of Multinational Division Central-South, known as MND-CS, south of Baghdad. It takes over from US Marines. About 9,000 soldiers from 17 or more countries serve in it: Poland sends about 2,400, Ukraine about 1,650 and Spain more than 1,000. # note: MND-CS: Multinational Division Central-South. Its orders are issued to NATO standards. The UK leads a second multinational division, South-East, around Basra.}
{ scenario != "short": NATO's part is out of sight but real. It helped find the troops, which soldiers call force generation, and it provides planning, communications and logistics. {role == "nato": It still took Poland two months to gather the division.}}
~ change_troops(-6, 0)
->->

=== ev_back_to_un ===
~ event("back_to_un")
{ scenario == "short": On 7 September the President asks Congress for $87 billion more and sends Colin Powell back to the UN for a resolution on a US-led multinational force.|On 7 September the President asks Congress for $87 billion more for Iraq and Afghanistan. He says the US troops in Iraq are enough, and he sends Secretary of State Colin Powell back to the UN to seek a new resolution for a US-led multinational force.} # note: About $66 billion of the $87 billion was for the military; Congress approved the money in early November 2003. The President put the US troops then in Iraq at about 130,000.
~ change_troops(-10, 0)
{ scenario == "short": Units rotate home without replacement: US troops in Iraq fall to about {us_troops()},000.|Units that came for the invasion are rotating home without replacement, and the US total in Iraq falls to about {us_troops()},000.}
~ un_redraft()
->->

=== ev_un_second_bomb ===
~ event("un_second_bomb")
On 22 September a second bomb hits the UN compound in Baghdad. Soon after, the UN withdraws nearly all its international staff from Iraq.{ scenario != "short": Whatever role the UN is given on paper, it will have few people on the ground to play it.}
->->

=== ev_turkey ===
~ event("turkey_troops")
On 7 October Turkey's parliament votes 358-183 to allow troops to go to Iraq. Washington had asked for about 10,000. The Governing Council objects: it does not want soldiers from neighbouring countries. # note: Turkey is a NATO member and borders Iraq. Iraqi Kurds in particular opposed Turkish troops.
->->

=== ev_1511 ===
~ event("unscr1511")
{ scenario == "short": On 16 October resolution 1511 passes 15-0. It authorises a multinational force "under unified command", in practice American, asks the Governing Council for a timetable for a constitution and elections, and gives the UN a role "as circumstances permit".|On 16 October resolution 1511 passes 15-0. It authorises a multinational force "under unified command", which in practice means American command. It asks the Governing Council for a timetable for a constitution and elections by 15 December, and it gives the UN a role "as circumstances permit".} # note: The timetable was due by 15 December 2003. UNSCR 1511 was drafted by the US and co-sponsored by the UK, Spain and Cameroon after about seven weeks of talks. The Council would review the force within a year; its mandate was to expire only when Iraq's political process was complete (a constitution and an elected government), not when an interim government took over. # assert: {track("un") == "passed" and tally("unsc") == "15 in favour, 0 against, 0 abstaining"}
{ scenario == "short":
    France, Germany and Russia vote yes, but will send no troops or extra money. # assert: {stance("unsc", "france") >= 1 and stance("unsc", "germany") >= 1 and stance("unsc", "russia") >= 1} # note: Pakistan, which Washington had courted as a troop contributor, sent none either.
- else:
    France, Germany and Russia vote yes, but say they will send no troops and no extra money. Pakistan, which Washington had courted as a troop contributor, says no as well. # assert: {stance("unsc", "france") >= 1 and stance("unsc", "germany") >= 1 and stance("unsc", "russia") >= 1}
}
->->

// The NATO official's 1511: the late amendments go in (as they did), and the Council votes.
=== ev_1511_vote ===
~ event("unscr1511")
~ un_amendments()
{ track("un") != "drafting":
    ~ un_redraft()
}
~ move_track("un", "tabled")
~ temp who = blockers("un", "passed")
{ propose("un", "passed") == "passed":
    -> ev_1511 ->
- else:
    ~ no_1511 = true
    In this version of events resolution 1511 does not pass: {who != "": {who} {vetoes(who)} it|{tally("unsc")}}. # assert: {track("un") != "passed"} # note: Historically the late amendments went in, and resolution 1511 passed 15-0 on 16 October 2003.
}
->->

// France, Germany and Russia's late amendments to 1511 strengthen the UN's role, and the
// Council's critics come round to yes (1511 passed 15-0; Syria too voted for it).
=== function un_amendments()
~ move_stance("unsc", "france", 2)
~ move_stance("unsc", "germany", 2)
~ move_stance("unsc", "russia", 2)
~ move_stance("unsc", "china", 2)
~ move_stance("unsc", "chile", 2)
~ move_stance("unsc", "mexico", 2)
~ move_stance("unsc", "pakistan", 2)
~ move_stance("unsc", "syria", 2)

// "vetoes" or "veto", after a list of names from blockers().
=== function vetoes(who)
{ several(who):
    ~ return "veto"
}
~ return "vetoes"

=== ev_madrid_conference ===
~ event("madrid_conference")
{ scenario == "short": In late October donors in Madrid pledge about $33 billion to rebuild Iraq, most of it American.|On 23 and 24 October donors in Madrid pledge about $33 billion in grants and loans to rebuild Iraq, most of it American.} # note: The Madrid donors' conference, 23-24 October 2003. Most of the money pledged came from the US.
~ change_capital(2)
->->

=== ev_nasiriyah ===
~ event("nasiriyah")
{ scenario == "short": On 12 November a truck bomb at the Italian base in Nasiriyah kills 19 Italians and 9 Iraqis. About 80 Americans die in November, the worst month yet.|On 12 November a truck bomb at the Italian base in Nasiriyah kills 19 Italians, 17 of them military police and soldiers, and 9 Iraqis. Italy is a NATO ally.} # note: November 2003 was the deadliest month for US forces up to then, with about 80 dead. By its end about 440 US troops had died in Iraq.
{ scenario != "short": November is the deadliest month yet for American forces, with about 80 dead. Commanders ask for more soldiers to guard bases and convoys.}
~ change_troops(3, 0)
~ change_capital(-2)
->->

=== ev_november_15 ===
~ event("november_15")
On 15 November the CPA and the Governing Council agree to hand sovereignty to an Iraqi government by 30 June 2004. The occupation now has an end date. # note: Sovereignty means the right to govern: by 30 June 2004 an Iraqi government, not the CPA, would be in charge.
~ move_three(1)
~ move_stance("iraq", "igc", 1)
{ role == "us":
    For you, this changes the question. It is no longer "will NATO join the occupation?" but "what could NATO do after the occupation ends?"
- else:
    {scenario == "short":In Brussels the date changes the argument: a role independent of the occupation could now come simply by waiting.|In Brussels the date changes the argument. One of the three conditions, a role independent of the occupation, could now be met simply by waiting.}
}
->->

=== ev_saddam ===
~ event("saddam_captured")
On 13 December American soldiers capture Saddam Hussein near Tikrit.{ scenario != "short": For a few weeks, the news from Iraq is good news.} # note: Saddam Hussein was captured on 13 December 2003, eight months after Baghdad fell.
~ change_capital(5)
->->

=== ev_new_secgen ===
~ event("new_secgen")
In the first days of January, Jaap de Hoop Scheffer takes over from George Robertson as NATO Secretary-General.{ scenario != "short": The allies chose him on 22 September.} # note: The Secretary-General chairs the North Atlantic Council, where NATO decides by consensus: there is no vote, and any single member can block a decision.
->->

=== ev_ashura ===
~ event("ashura")
On 2 March bombs at Shia shrines in Karbala and Baghdad, during the Ashura holy days, kill well over 100 people. Karbala is in the Polish-led sector. # note: Ashura is one of the most important days in the Shia calendar.
->->

=== ev_tal ===
~ event("tal")
{ scenario == "short": On 8 March the Governing Council signs an interim constitution, the Transitional Administrative Law.|On 8 March the Governing Council signs the Transitional Administrative Law, the TAL: an interim constitution for Iraq.} # note: TAL: the Transitional Administrative Law, signed 8 March 2004, was Iraq's interim constitution.
~ move_stance("iraq", "igc", 1)
->->

=== ev_madrid_bombings ===
~ event("madrid_bombings")
On 11 March bombs on commuter trains in Madrid kill 191 people. Three days later Spain elects a new government.{ scenario != "short": More than 1,000 Spanish soldiers serve in the Polish-led division.} # note: The Madrid train bombings of 11 March 2004. Spain's election followed on 14 March.
~ move_stance("nac", "spain", -1)
~ move_stance("unsc", "spain", -1)
->->

=== ev_enlargement ===
~ event("enlargement")
{ scenario == "short": On 29 March seven countries join NATO, which now has 26 members.|On 29 March seven countries join NATO: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia. The alliance now has 26 members, and every decision still needs all of them.} # note: Seven countries joined at once, taking NATO from 19 members to 26; their flags were raised at NATO headquarters on 2 April. The new members already had soldiers in Iraq or were eager to please Washington, but had small budgets and few units ready to deploy.
~ change_capital(2)
->->

=== ev_fallujah ===
~ event("fallujah")
{ scenario == "short": Fighting breaks out in Fallujah, and the Shia cleric Moqtada al-Sadr's Mahdi Army rises across the south, the Polish-led sector included. About 135 US soldiers die, the worst month since the invasion, and units due home are kept on.|Fighting breaks out in Fallujah, west of Baghdad. Moqtada al-Sadr, a young Shia cleric whose newspaper the CPA closed on 28 March, leads his Mahdi Army in an uprising in Baghdad and across the south, including towns in the Polish-led sector. April becomes the deadliest month for US forces since the invasion: about 135 die. Commanders ask for more American soldiers, and units due to go home are kept in Iraq.} # note: The CPA had closed Sadr's newspaper on 28 March. In April 2004 US forces fought in Fallujah while Sadr's uprising spread through southern Iraq. About 135 US soldiers died that month; November 2003, with about 80, had been the worst until then.
~ change_troops(8, 0)
~ change_capital(-3)
->->

=== ev_spain_withdraws ===
~ event("spain_withdraws")
On 18 April Spain's new government orders its troops home{ scenario != "short":. They will be gone by late May}. # note: The last Spanish troops left Iraq in late May 2004.
~ move_stance("nac", "spain", -1)
{ spain_plan:
    ~ change_troops(0, -1)
    Because you lined up replacements in March, other contributors fill the Spanish posts, and no extra Americans are needed. # assert: {spain_plan}
- else:
    ~ change_troops(1, -1)
    Nobody has planned for the gap. American units move in to fill it. # assert: {not spain_plan}
}
->->

=== ev_abu_ghraib ===
~ event("abu_ghraib")
{ scenario == "short": In late April, photographs of American soldiers abusing prisoners at Abu Ghraib go round the world.|At the end of April, photographs of American soldiers abusing Iraqi prisoners at Abu Ghraib prison are published around the world.} # note: Abu Ghraib was a prison west of Baghdad, used by the coalition to hold detainees.
~ change_capital(-4)
~ move_three(-1)
~ move_stance("iraq", "igc", -1)
{ scenario == "short": In Europe and in Baghdad, talk of more foreign soldiers in Iraq gets harder.|In Paris, Berlin and Brussels, and on the Governing Council in Baghdad, the photographs make any talk of more foreign soldiers in Iraq harder.}
->->

=== ev_interim_government ===
~ event("interim_government")
~ interim_named = true
{ scenario == "short": On 1 June the Iraqi Interim Government is named, with Ayad Allawi as prime minister, to take power when the occupation ends.|On 1 June the Iraqi Interim Government is named, with Ayad Allawi as prime minister; the UN's Lakhdar Brahimi helped choose it. It will take power when the occupation ends.} # note: Lakhdar Brahimi, Kofi Annan's special adviser, helped choose it. The Iraqi Interim Government was named on 1 June 2004 and took power on 28 June, when the CPA was dissolved.
->->

// In May the resolution for the handover is drafted: a new text in the Security Council.
=== ev_handover_draft ===
~ event("handover_draft")
~ un_redraft()
->->

// June: the draft for the handover is put to the Security Council (the vote itself follows,
// in ev_1546_vote or in the US official's last bargain).
=== ev_1546_tabled ===
~ event("unscr1546")
~ un_redraft()
~ move_track("un", "tabled")
{ scenario == "short": The draft goes to the Security Council.|The draft resolution for the handover goes to the Security Council.} # table: unsc
->->

// The NATO official's 1546: the letters from Allawi and Powell, annexed to the draft, settle
// how the force and the new government will work together, and the Council's critics come round.
=== ev_1546_letters ===
~ event("unscr1546")
{ scenario == "short": Letters from Allawi and Powell, annexed to it, set out how the force and the new government will work together.|Letters from Allawi and from Secretary of State Colin Powell, annexed to the draft, set out how the force and the new government will work together.} # note: Resolution 1546 annexed a letter from Allawi and one from Powell.
~ un_critics(1)
->->

// The vote on 1546, when nobody's last bargain is needed.
=== ev_1546_vote ===
~ event("unscr1546")
~ vetoed_by = blockers("un", "passed")
~ temp result = propose("un", "passed")
-> un_1546_result ->
->->

// What the Security Council's count on 1546 means, whoever called the vote.
=== un_1546_result ===
{ track("un"):
- "passed":
    { role == "us":
        ~ change_capital(3)
    - else:
        ~ change_capital(2)
    }
    ~ move_stance("nac", "france", 1)
    ~ move_stance("nac", "germany", 1)
    { tally("unsc") == "15 in favour, 0 against, 0 abstaining":
        On 8 June resolution 1546 passes 15-0. It endorses the interim government and keeps the multinational force in Iraq at the Iraqi government's request. # note: Like 1511 before it, UNSCR 1546 passed unanimously. The Council decided that the force's mandate would be reviewed after 12 months or at Iraq's request, would expire when the political process was complete, and would end earlier if the Iraqi government asked: an early end was Iraq's own decision, not the outcome of a review. # assert: {track("un") == "passed"}
    - else:
        In this version of events, resolution 1546 passes on 8 June with {tally("unsc")}. It endorses the interim government and keeps the multinational force in Iraq at the Iraqi government's request. # note: Historically resolution 1546 passed 15-0 on 8 June 2004. # assert: {track("un") == "passed"}
    }
    For Paris and Berlin, the condition of a UN mandate for after the occupation is now met.
- "vetoed":
    In this version of events, {vetoed_by} {vetoes(vetoed_by)} resolution 1546 on 8 June. For the first time since the war, the Security Council has nothing to say about Iraq's future. # note: Historically resolution 1546 passed 15-0 on 8 June 2004. A veto is a no vote by one of the five permanent members: China, France, Russia, the UK or the US. # assert: {track("un") == "vetoed" and vetoed_by != ""}
- else:
    In this version of events, resolution 1546 fails on 8 June with {tally("unsc")}: a resolution needs nine votes in favour. For the first time since the war, the Security Council has nothing to say about Iraq's future. # note: Historically resolution 1546 passed 15-0 on 8 June 2004. # assert: {track("un") == "failed"}
}
->->

=== ev_allawi_letter ===
~ event("allawi_letter")
{ track("invitation"):
- "renewed":
    ~ letter_written = true
    {scenario == "short":On 22 June Ayad Allawi, the incoming prime minister, writes to NATO|On 22 June Ayad Allawi, head of the interim government about to take power, writes to NATO} asking for help training Iraq's security forces. The letter repeats what Baghdad has already said. # note: Allawi's letter of 22 June 2004 gave NATO the request from an Iraqi government that France, Germany and Belgium had asked for. He wrote as head of the incoming interim government, six days before it took power.
- "invited":
    ~ temp who = blockers("invitation", "renewed")
    { who == "":
        ~ temp renewed = propose("invitation", "renewed")
        ~ letter_written = true
        ~ move_stance("nac", "belgium", 1)
        {scenario == "short":On 22 June Ayad Allawi, the incoming prime minister, writes to NATO|On 22 June Ayad Allawi, head of the interim government about to take power, writes to NATO} asking for help training Iraq's security forces. {scenario == "short":It also confirms, for the new government, the Governing Council's invitation you urged.|Because the Governing Council invited NATO at your urging, the letter also confirms that invitation for the new government.} # note: The Governing Council's invitation is an invention of the game. Allawi's letter of 22 June 2004 gave NATO the request from an Iraqi government that France, Germany and Belgium had asked for. He wrote as head of the incoming interim government, six days before it took power. # table: iraq # assert: {track("invitation") == "renewed"}
    - else:
        ~ letter_written = true
        {scenario == "short":On 22 June Ayad Allawi, the incoming prime minister, writes to NATO|On 22 June Ayad Allawi, head of the interim government about to take power, writes to NATO} asking for help training Iraq's security forces. In this version of events it does not confirm the Governing Council's invitation: the new government wants to choose for itself which foreign forces it asks for. # note: The Governing Council's invitation is an invention of the game. Historically Allawi's letter of 22 June 2004, written as head of the incoming interim government, was the Iraqi request NATO acted on. # table: iraq # assert: {track("invitation") == "invited"}
    }
- else:
    { track("invitation") == "none" || track("invitation") == "refused":
        ~ move_track("invitation", "sounding")
    }
    { track("invitation") == "sounding":
        ~ move_track("invitation", "requested")
    }
    { propose("invitation", "invited") == "invited":
        ~ letter_written = true
        ~ move_stance("nac", "belgium", 1)
        {scenario == "short":On 22 June Ayad Allawi, the incoming prime minister, writes to NATO|On 22 June Ayad Allawi, head of the interim government about to take power, writes to NATO} asking for help training Iraq's security forces. {letter_asked: You helped the new government's officials with the wording.} {scenario == "short":It is NATO's first request from Iraq's incoming government: training, nothing more.|It is the first request NATO has had from the government about to take power in Iraq, and it asks for training, nothing more.} # note: Allawi's letter of 22 June 2004 gave NATO the request from an Iraqi government that France, Germany and Belgium had asked for. He wrote as head of the incoming interim government, six days before it took power. # table: iraq # assert: {track("invitation") == "invited"}
    - else:
        In this version of events the incoming government does not write to NATO: the interim government is not ready to ask for a NATO role of any kind. # note: Historically, Ayad Allawi, as head of the incoming interim government, wrote to NATO on 22 June 2004 asking for help with training. # assert: {not inv_ok()}
    }
}
->->

=== ev_handover ===
~ event("handover")
{ scenario == "short": On 28 June, two days early, the CPA hands sovereignty to the interim government. The same day NATO's 26 leaders meet in Istanbul.|On 28 June, two days early, the CPA hands sovereignty to the interim government and is dissolved. The same day, NATO's 26 leaders open their two-day summit in Istanbul.} # note: The handover was brought forward to 28 June 2004, the first day of the Istanbul summit (28-29 June). About 138,000 US troops were in Iraq at the time.
->->
