# story: isaf
# version: 1.1.0
# title: ISAF
# turns: 3
# subtitle: NATO goes to Afghanistan · August to October 2003
# blurb: On 11 August 2003 NATO takes command of the peacekeeping force in Kabul, its first mission outside Europe. Washington wants it to go further, and someone must find the troops. You have three months to decide how far.
# role_prompt: Kabul, Brussels and Washington, August 2003. Whose desk is yours?
# role_us: US official
# goal_us: Get the allies to carry more of Afghanistan.
# role_nato: NATO official
# goal_nato: Make the alliance's first mission outside Europe work.
# track_un: UN mandate beyond Kabul
# track_invitation: Afghan request
# track_command: ISAF's reach
# state_support: Kabul only
# state_gradual: growing beyond Kabul
# body: unsc; UN Security Council; vote 9; decides un: passed
# member: unsc.china; China; permanent; stance 0; wants: a UN mandate for any force, and a say in it
# member: unsc.france; France; permanent; stance 0; wants: the UN, not Washington, to set ISAF's task
# member: unsc.russia; Russia; permanent; stance 0; wants: a UN mandate, and no NATO drift into Central Asia
# member: unsc.uk; United Kingdom; permanent; stance 3; wants: more allies to share Afghanistan
# member: unsc.us; United States; permanent; stance 3; wants: allies beyond Kabul, so its own troops can fight elsewhere
# member: unsc.angola; Angola; stance 1; wants: a text most of the Council can support
# member: unsc.bulgaria; Bulgaria; stance 2; wants: to show Washington it is a reliable future NATO ally
# member: unsc.cameroon; Cameroon; stance 1; wants: a text most of the Council can support
# member: unsc.chile; Chile; stance 0; wants: a clear UN mandate
# member: unsc.germany; Germany; stance 0; wants: a UN mandate before its soldiers go to Kunduz
# member: unsc.guinea; Guinea; stance 1; wants: a text most of the Council can support
# member: unsc.mexico; Mexico; stance 0; wants: the UN at the centre
# member: unsc.pakistan; Pakistan; stance 0; wants: a say in what happens next door
# member: unsc.spain; Spain; stance 3; wants: to back its allies
# member: unsc.syria; Syria; stance -1; wants: no foreign force without the UN

// ISAF: NATO's first mission outside Europe. August to October 2003, three turns.
// A small second story for Mandate, written against the same contract as the campaign
// (see docs/authoring.md). contract.ink is a copy of story/contract.ink, so this folder
// compiles, checks and previews in Inky on its own.
//
// The tags above declare one body, the UN Security Council of 2003 (docs/story-contract.md,
// "The table"): the UN track's move to "passed" is decided by its vote, never by the story.
// The starting stances are those of the campaign's Council, so the contract's ink fallbacks
// count the same votes in Inky.
//
//   mandate check --story examples/isaf/main.ink
//   mandate play --story examples/isaf/main.ink

INCLUDE contract.ink

// Story memory. The engine's three tracks hold the negotiation, under this story's own names
// (the tags above): a UN mandate beyond Kabul, the Afghan request, ISAF's reach. Anything else
// this story needs to remember is an ordinary VAR of its own.
VAR reach = 0               // how far the allies have come towards an ISAF beyond Kabul
VAR afghan_letter = "none"  // NATO: "asked", then "written" once Kabul has put its request on paper

-> start

=== start ===
{ role == "": -> choose_role }
{ role == "us": -> us_aug | -> nato_aug }

= choose_role
Kabul, Brussels and Washington, August 2003. Whose desk is yours?
* [The US official: get the allies to carry more of Afghanistan.]
    ~ role = "us"
    -> us_aug
* [The NATO official: make the alliance's first mission outside Europe work.]
    ~ role = "nato"
    -> nato_aug

// A text the whole Security Council can vote for: each member that was waiting moves to yes
// (resolution 1510 passed on 13 October 2003 without a vote against).
=== function council_agrees()
~ move_stance("unsc", "france", 1)
~ move_stance("unsc", "germany", 1)
~ move_stance("unsc", "russia", 1)
~ move_stance("unsc", "china", 1)
~ move_stance("unsc", "chile", 1)
~ move_stance("unsc", "mexico", 1)
~ move_stance("unsc", "pakistan", 1)
~ move_stance("unsc", "syria", 2)

// The end of a month, as a tunnel (`-> us_month_end ->`): the engine takes its upkeep and
// says whether the game must stop. A collapse ends in resignation; a scenario shorter than
// this story ("time") ends with nothing decided. The last month has no end_turn: its choice
// is the finale.
=== us_month_end ===
~ temp why = end_turn()
{ why == "capital" || why == "burden": -> us_resigned }
{ why == "time": -> us_kabul_only }
->->

=== nato_month_end ===
~ temp why = end_turn()
{ why == "capital" || why == "burden": -> nato_resigned }
{ why == "time": -> nato_kabul_only }
->->

// ---------------------------------------------------------------- the US official

=== us_aug ===
# turn: 1
# date: 2003-08
On 11 August NATO takes command of the International Security Assistance Force in Kabul. It is the alliance's first operation outside the Euro-Atlantic area. # note: NATO took command of ISAF on 11 August 2003, after months of behind-the-scenes planning help to the nations that had led it.
ISAF keeps the peace in the capital and nowhere else. Outside Kabul, American troops are nearly alone, and Iraq is taking every spare soldier.
* [Press the allies to take ISAF beyond Kabul.]
    ~ change_capital(-6)
    ~ move_track("command", "gradual")
    ~ reach += 1
    The German and Canadian ambassadors listen. Neither says no.
* [Let NATO settle into Kabul first.]
    ~ change_capital(2)
    The allies are relieved. Nobody in Washington notices.
* [Promise American airlift and helicopters to any ally that goes north, whatever the cost.]
    ~ change_capital(-30)
    ~ reach += 2
    The Pentagon asks who authorised the helicopters. You did.
- -> us_month_end ->
-> us_sep

=== us_sep ===
# turn: 2
# date: 2003-09
Germany is thinking about a reconstruction team in Kunduz, in the north. Berlin wants a UN mandate before it sends anyone.
* [Draft a Security Council resolution that lets ISAF work beyond Kabul.]
    ~ move_track("un", "drafting")
    ~ change_capital(-5)
    ~ reach += 1
    ~ council_agrees()
    The draft is two pages long. Paris asks only for a comma, and Berlin, Moscow and Beijing say they can vote for it.
* [Ask Berlin to take the Kunduz team, and find the troops in the coalition in Iraq.]
    ~ change_troops(0, -1)
    ~ change_capital(-4)
    ~ reach += 1
    A thousand allied soldiers fewer in Iraq next year, and Berlin says yes.
* [Call every capital in the alliance yourself, every day.]
    ~ change_capital(-30)
    Ministers stop taking your calls by the second week.
- -> us_month_end ->
-> us_oct

=== us_oct ===
# turn: 3
# date: 2003-10
The Security Council meets on Afghanistan. # table: unsc
* { track("un") == "drafting" } [Put the resolution to a vote.]
    ~ move_track("un", "tabled")
    { propose("un", "passed") == "passed":
        ~ change_capital(3)
        It passes with {tally("unsc")}. ISAF may now go wherever Afghanistan needs it. # assert: {track("un") == "passed"}
        -> us_beyond_kabul
    }
    It fails with {tally("unsc")}. # assert: {track("un") != "passed"}
    -> us_kabul_only
* { reach >= 2 } [Skip New York: the Germans can go to Kunduz under the coalition's flag.]
    ~ change_capital(-4)
    Berlin declines to send soldiers without the UN. The team stays American.
    -> us_kabul_only
* [Leave Afghanistan as it is and turn back to Iraq.]
    -> us_kabul_only

=== us_beyond_kabul ===
# ending: us-beyond-kabul
# title: ISAF beyond Kabul
The allies go north under a UN mandate and a NATO flag. Fewer of them will go to Iraq.
Historically, Security Council resolution 1510 of 13 October 2003 let ISAF operate beyond Kabul; a German-led reconstruction team in Kunduz became its first outside the capital. # history
Over the next three years ISAF took over all of Afghanistan, in stages. # history
Why did Berlin want a UN mandate before sending anyone to Kunduz? # question
Was a soldier in Afghanistan one fewer for Iraq, and did Washington mind? # question
Why was Afghanistan easier for the alliance to agree on than Iraq? # question
-> END

=== us_kabul_only ===
# ending: us-kabul-only
# title: Kabul only
ISAF stays in the capital. Outside it, the war stays American.
Historically, Washington backed the expansion: resolution 1510 of 13 October 2003 let ISAF operate beyond Kabul. # history
What did the United States gain by keeping the rest of Afghanistan to itself? # question
What would it have cost to ask the allies for more? # question
Could the allies have gone north without a UN mandate? # question
-> END

=== us_resigned ===
# ending: us-resigned
# title: Out of capital
You have spent everything you had in Washington on a country few there are watching, and you resign.
Historically, the officials on this file stayed, and ISAF grew out of Kabul one province at a time. # history
Which promise cost you most? # question
Is an ally persuaded by pressure, or by a mandate? # question
Was there a cheaper way to get the same result? # question
-> END

// ---------------------------------------------------------------- the NATO official

=== nato_aug ===
# turn: 1
# date: 2003-08
On 11 August NATO takes command of ISAF in Kabul: the alliance's first operation outside the Euro-Atlantic area. You are on the Secretary-General's private staff, and the file is yours. # note: Until August 2003, ISAF had been led by one or two nations at a time, with NATO helping them plan.
Kabul is calm by Afghan standards. The rest of the country is not, and the Afghan government wants ISAF everywhere.
* [Ask the Afghan government to put its request to NATO in writing.]
    ~ afghan_letter = "asked"
    ~ move_track("invitation", "sounding")
    ~ change_capital(-4)
    Kabul is glad to be asked. A draft letter is promised within the month.
* [Keep ISAF in Kabul until it runs smoothly.]
    ~ change_capital(3)
    The Council is relieved. The Americans are not.
* [Promise Washington an ISAF across the whole country by Christmas.]
    ~ change_capital(-30)
    ~ reach += 1
    The Americans are delighted. No ally has offered a soldier.
- -> nato_month_end ->
-> nato_sep

=== nato_sep ===
# turn: 2
# date: 2003-09
Force generation: the Council asks who will send troops, and the room is quiet.
* { afghan_letter == "asked" } [Bring the Afghan letter to the North Atlantic Council.]
    ~ afghan_letter = "written"
    ~ move_track("invitation", "requested")
    ~ move_track("invitation", "invited")
    ~ change_capital(-3)
    The letter asks NATO to help beyond Kabul. Nobody can say the Afghans did not ask.
* [Ask Germany to lead a reconstruction team in Kunduz.]
    ~ change_troops(0, -1)
    ~ change_capital(-4)
    ~ reach += 1
    Berlin agrees, if the UN agrees. Its soldiers will not be going to Iraq.
* [Spend the summer's goodwill on a round of calls for troops.]
    ~ change_capital(-30)
    Every capital is polite. Every capital is busy.
- -> nato_month_end ->
-> nato_oct

=== nato_oct ===
# turn: 3
# date: 2003-10
The Council must say what ISAF will be next year. # table: unsc
* { afghan_letter == "written" } [Take the Afghan request to the Security Council.]
    ~ move_track("un", "drafting")
    ~ council_agrees()
    ~ move_track("un", "tabled")
    { propose("un", "passed") == "passed":
        ~ move_track("command", "gradual")
        With an Afghan request in hand, the Security Council votes for a mandate beyond Kabul, {tally("unsc")}, and the North Atlantic Council agrees to go beyond Kabul, one province at a time. # assert: {track("un") == "passed"}
        -> nato_beyond_kabul
    }
    The Security Council does not pass the mandate: {tally("unsc")}. ISAF stays in Kabul. # assert: {track("un") != "passed"}
    -> nato_kabul_only
* { reach >= 1 } [Send the Kunduz team under ISAF's flag and ask for the mandate later.]
    ~ change_capital(-5)
    Three allies object, on principle, and the team waits.
    -> nato_kabul_only
* [Keep ISAF in Kabul for another year.]
    -> nato_kabul_only

=== nato_beyond_kabul ===
# ending: nato-beyond-kabul
# title: One province at a time
ISAF leaves Kabul with an Afghan request and a UN mandate behind it.
Historically, Security Council resolution 1510 of 13 October 2003 let ISAF operate beyond Kabul, and a German-led team in Kunduz became its first outside the capital. # history
Over the next three years ISAF took over all of Afghanistan, in stages. # history
Why did the alliance need both an Afghan request and a UN mandate? # question
Which allies could send troops to Afghanistan and Iraq at once? # question
What did NATO learn in Afghanistan that it could use in Iraq? # question
-> END

=== nato_kabul_only ===
# ending: nato-kabul-only
# title: Kabul only
ISAF stays in the capital for another year, and the Americans stop asking.
Historically, NATO did not wait: resolution 1510 let ISAF go beyond Kabul in October 2003. # history
What does an alliance lose by waiting? # question
Whose consent did you need, and whose did you have? # question
Was Kabul enough for a first mission outside Europe? # question
-> END

=== nato_resigned ===
# ending: nato-resigned
# title: Out of credit
You have promised more than nineteen governments would give, and you step aside.
Historically, the Secretary-General's staff kept the file, and ISAF grew out of Kabul one province at a time. # history
Which promise cost you most? # question
What can a Secretary-General's staff promise, and what not? # question
Could you have waited instead? # question
-> END
