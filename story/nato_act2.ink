// NATO official, act 2: November 2003 - February 2004. A date for sovereignty, a change at the
// top, and the choice of what NATO should offer.

=== nato_nov ===
# turn: 4
# date: 2003-11
November 2003. {paris_mood()} {washington_mood()}
{ track("command") == "withdrawn": NATO's support for the Polish-led division is still suspended. }
{ event_on("turkey_troops"): In the first week of the month Turkey drops its plan to send troops. {turkey_pushed: NATO's quiet support for Ankara changed nothing, except what Iraqi Kurds think of NATO.} }
{ event_on("nasiriyah"): -> ev_nasiriyah -> }
-> ev_november_15 ->
-> next_step ->
-> desk ->
-> close

= next_step
Robertson has two months left in office. He wants to leave something behind that moves NATO forward. # table: nac
* [Ask the North Atlantic Council to have SACEUR's planners study options for June. # lean: washington]
    ~ study = true
    ~ change_capital(-1)
    ~ move_stance("nac", "germany", 1)
    SACEUR is NATO's top military commander, the American General James L. Jones. His planners begin a study with no name on the cover. Even Paris agrees that planning for a world after the occupation is not joining it. # note: SACEUR: Supreme Allied Commander Europe. In 2003-04 it was US General James L. Jones.
* [Call a conference to find more soldiers for the Polish-led division. # lean: washington]
    ~ change_troops(-2, 3)
    ~ change_capital(-2)
    ~ move_stance("washington", "rumsfeld", 1)
    ~ move_stance("nac", "france", -1)
    In this version of events, NATO's force generation conference finds a few thousand more soldiers from allies and partners. Washington is grateful. Paris says NATO is now recruiting for the occupation. # note: This conference is an invention of the game. Historically NATO's help to the division stayed the back-room support agreed before it deployed: force generation, planning, communications and logistics.
* [Propose places at NATO schools in Europe to train Iraqi officers. # lean: iraq]
    ~ change_capital(-1)
    ~ move_stance("nac", "germany", 1)
    ~ move_stance("iraq", "igc", 1)
    { go_command("training") == "training":
        In this version of events, training Iraqis in Europe, far from the occupation, is something even Paris can live with, and the Council agrees. The Americans call it "a start, and a small one". # assert: {track("command") == "training"} # note: Historically NATO agreed to help train Iraqi forces only at the Istanbul summit in June 2004, after Allawi's letter.
    - else:
        Training Iraqis in Europe, far from the occupation, is the smallest role NATO could take, and still {blocked_by} {break_silence(blocked_by)} in the Council: not while Iraq is occupied. The Americans call the whole episode "a start, and a small one". # assert: {track("command") != "training" and blocked_by != ""}
    }
* [Advise allies to send no more soldiers until sovereignty is handed over. # lean: allies]
    ~ change_troops(6, -2)
    ~ change_capital(1)
    ~ move_stance("nac", "belgium", 1)
    ~ move_stance("washington", "rumsfeld", -2)
    Several allies are relieved to be told to wait. Their places in the south are filled by Americans, and the Pentagon knows whose advice it was. # note: This advice is an invention of the game. Historically NATO's role stayed back-room support until the training mission agreed at Istanbul in June 2004.
- ->->

= desk
The ambassador of one of the seven countries due to join NATO next spring asks for a quiet word. His country has soldiers in Iraq. "Will this help us inside NATO?" he asks. "My parliament wants to know what it gets."
* [Tell him honestly: Iraq and NATO membership are separate things. # lean: allies]
    ~ change_capital(-1)
    ~ move_stance("nac", "germany", 1)
    He looks disappointed. Word of your answer reaches Paris and Berlin, where it is taken as proof that NATO is not becoming a club for Washington's friends.
* [Tell him that allies always remember who helps. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("nac", "us", 1)
    He leaves happy, and his parliament votes to keep its soldiers in Iraq. The French ambassador hears the story and asks whether NATO now hands out marks for Iraq.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_dec

=== nato_dec ===
# turn: 5
# date: 2003-12
December 2003. {paris_mood()}
{ event_on("saddam_captured"): -> ev_saddam -> }
It is Robertson's last month. He asks you to write the paper his successor will find on the desk in January.
-> legacy_paper ->
-> council ->
-> desk ->
-> close

= legacy_paper
~ temp mood = RANDOM(1, 3)
{ mood == 3: The Belgian ambassador drops by to say that Brussels would "look with an open mind" at a paper built on the three conditions. }{ mood == 1: The Belgian ambassador drops by to warn you that Brussels will block any paper that mentions a NATO sector. }{ mood == 2: The Belgian ambassador drops by, talks about the weather, and leaves. }
* [Build the paper on all three conditions: UN, invitation, independence. # lean: allies]
    ~ legacy = "conditions"
    ~ change_capital(-1)
    ~ move_stance("nac", "france", 1)
    { mood == 3:
        ~ move_stance("nac", "belgium", 1)
    }
    The paper says NATO will go further when the UN, the Iraqis and the end of the occupation make it possible, and not before. It is slow, but every ally can read it without losing their temper.
* [Build it on what Washington wants: a NATO sector, as soon as possible. # lean: washington]
    ~ legacy = "sector"
    ~ change_capital(-1)
    ~ move_stance("washington", "rumsfeld", 1)
    ~ move_stance("nac", "france", -1)
    { mood == 1:
        ~ move_stance("nac", "belgium", -1)
    }
    The paper is clear and ambitious. It is also, as a French diplomat says after reading a leaked copy, "a shopping list from the Pentagon".
* [Build it on what Iraqis ask for: help to train their own forces, when a legitimate Iraqi authority asks. # lean: iraq]
    ~ legacy = "iraqis"
    ~ change_capital(1)
    ~ move_stance("iraq", "igc", 1)
    The paper is short: NATO should offer what Iraqis ask for, and nothing they have not asked for. Robertson likes that it commits nobody yet, and a copy finds its way to Baghdad.
- ->->

= council
{council_mood()} # table: iraq
* { track("invitation") == "sounding" } [Ask the Governing Council to send NATO a written request. # lean: iraq]
    ~ move_track("invitation", "requested")
    ~ change_capital(-1)
    You ask through the CPA, which is awkward: the invitation is supposed to show NATO is independent of the occupation. The Governing Council says it will debate it in the new year.
* { track("invitation") == "none" || track("invitation") == "refused" } [Start sounding out the Governing Council about inviting NATO. # lean: iraq]
    ~ move_track("invitation", "sounding")
    ~ change_capital(-1)
    You find Governing Council members who will talk to you. The first answers are neither yes nor no.
* [Leave the Governing Council alone: an appointed council's invitation would prove little. # lean: allies]
    ~ change_capital(1)
    ~ move_stance("nac", "belgium", 1)
    The Council is busy with Grand Ayatollah Ali al-Sistani's demand for direct elections, and you leave it to its arguments. Brussels agrees that an invitation should come from someone Iraqis chose. # note: Sistani, the senior Shia cleric, rejected the 15 November plan's caucuses and demanded direct elections; this is why the UN was asked back to Iraq in early 2004.
- ->->

= desk
At his last press conference of the year Robertson expects one hard question: "Has NATO failed Iraq?" You draft the answer he will give.
* [NATO already helps the Polish division, and can do more when Iraqis ask for it. # lean: iraq]
    ~ change_capital(-1)
    ~ move_stance("iraq", "igc", 1)
    Some allies think he promised too much. But the answer is read out on Arabic satellite television, and a Governing Council member's office calls to ask how Iraqis would go about asking.
* [Iraq is the coalition's business; NATO's business is Afghanistan. # lean: allies]
    ~ change_capital(1)
    ~ move_stance("nac", "germany", 1)
    Most ambassadors are relieved, Berlin's above all. The US ambassador is not: he tells you Washington did not hear "Afghanistan" as an answer.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_jan

=== nato_jan ===
# turn: 6
# date: 2004-01
January 2004. {paris_mood()} {washington_mood()}
{ event_on("new_secgen"): -> ev_new_secgen -> }
{ legacy == "conditions": Your new boss reads Robertson's last paper twice and says it is the first thing everyone in the building agrees on. }{ legacy == "sector": Your new boss reads Robertson's last paper and asks how many allies have actually agreed to it. }{ legacy == "iraqis": Your new boss reads Robertson's last paper and asks which Iraqis have asked for anything yet. }
By the end of the month about 500 American soldiers have died in Iraq since the invasion. # note: The number of US deaths in Iraq passed 500 in January 2004, about ten months after the invasion began.
-> council_answers ->
-> first_trip_choice ->
-> desk ->
-> close

= first_trip_choice
The new Secretary-General's first trip will be read as a message. Where should he go first?
* [Washington: NATO matters only if the Americans think it does. # lean: washington]
    ~ first_trip = "washington"
    ~ change_capital(1)
    ~ move_stance("washington", "rumsfeld", 1)
    ~ move_stance("washington", "powell", 1)
    ~ move_stance("nac", "belgium", -1)
    The visit goes well. The photographs from the White House go down badly in Brussels.
* [Paris and Berlin: NATO can do nothing in Iraq until they agree. # lean: allies]
    ~ first_trip = "paris"
    ~ change_capital(-1)
    ~ move_stance("nac", "france", 1)
    ~ move_stance("nac", "germany", 1)
    ~ move_stance("washington", "rumsfeld", -1)
    He sees Dominique de Villepin in Paris and Joschka Fischer in Berlin, the two foreign ministers, and he listens more than he talks. Both capitals notice. In Washington, someone asks whether the new man knows where NATO's money comes from.
* [Brussels, with Governing Council members invited as his first guests. # lean: iraq]
    ~ first_trip = "iraqis"
    ~ change_capital(-2)
    ~ move_stance("iraq", "igc", 2)
    In this version of events, Governing Council members sit at NATO headquarters as the new Secretary-General's first guests. They ask about training, about borders, and about when foreign soldiers will leave. # note: This visit is an invention of the game. The Iraqi request NATO historically acted on was Allawi's letter of 22 June 2004.
- ->->

= desk
Back from his first trip, de Hoop Scheffer asks you for fifteen minutes: what should he think about first?
* [Iraq: the summit is in June, and the allies are still split. # lean: washington]
    ~ change_capital(-1)
    ~ move_stance("nac", "us", 1)
    He spends his first week on Iraq. The US mission notices at once and is pleased. Some allies grumble that he has started with Washington's problem.
* [Afghanistan, where NATO already has soldiers and a job to finish. # lean: allies]
    ~ change_capital(1)
    He likes a problem NATO already owns. The ambassadors like a new chief who does not start with a fight. Iraq waits another month.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_feb

=== nato_feb ===
# turn: 7
# date: 2004-02
February 2004. {paris_mood()}
The handover is five months away. The new Secretary-General wants one option to put to the allies: what, exactly, should NATO offer to do in Iraq after June?
-> model ->
-> german_offer ->
-> desk ->
-> close

= model
~ temp belgian = RANDOM(1, 3)
{study: SACEUR's study from November is on your desk, and it makes the choice easier. }{ belgian == 3: The Belgian ambassador, you hear, is ready to compromise.|The Belgian ambassador, you hear, is in no mood to compromise.} Any one member of the Council can block what you propose. # table: nac
* [{scenario == "short":Propose the Afghanistan model: a NATO command of its own, widened step by step.|Propose the Afghanistan model: as with ISAF, a NATO command of its own, widened step by step.} # lean: washington]
    ~ change_capital(-1)
    ~ move_stance("nac", "germany", 1)
    ~ move_stance("washington", "rumsfeld", 1)
    { belgian == 3:
        ~ move_stance("nac", "belgium", 1)
    }
    { go_command("gradual") == "gradual":
        {scenario == "short":Plan first, then take one area and widen it, as NATO does in Kabul. In this version|Plan first, then take command of one area and widen it as the allies agree: it is how NATO runs ISAF in Kabul, under a UN mandate and apart from the American-led operation. In this version} of events the Council agrees to plan for it. Nobody hates it, and that counts as success in this building. # assert: {track("command") == "gradual"} # note: Historically NATO never took over a sector or a division in Iraq.
    - else:
        {scenario == "short":Plan first, then take one area and widen it, as NATO does in Kabul. But|Plan first, then take command of one area and widen it as the allies agree: it is how NATO runs ISAF in Kabul, under a UN mandate and apart from the American-led operation. But} {blocked_by} {break_silence(blocked_by)} in the Council: not before the occupation ends. # assert: {track("command") != "gradual" and blocked_by != ""}
    }
* [Propose a NATO sector of its own: a division of up to 20,000. # lean: washington]
    { study:
        ~ change_capital(-2)
    - else:
        ~ change_capital(-3)
    }
    ~ move_stance("washington", "rumsfeld", 2)
    { go_command("nato-sector") == "nato-sector":
        This is the big offer, and Washington loves it. In this version of events the Council agrees to plan for it, but Paris and Berlin say it puts NATO in the middle of the occupation's war. # assert: {track("command") == "nato-sector"} # note: Historically NATO never took over a sector or a division in Iraq.
    - else:
        This is the big offer, and Washington loves it. In the Council {blocked_by} {break_silence(blocked_by)}: it would put NATO in the middle of the occupation's war. # assert: {track("command") != "nato-sector" and blocked_by != ""}
    }
    ~ move_stance("nac", "france", -1)
    ~ move_stance("nac", "germany", -1)
* [Propose a NATO mission separate from the coalition, under UN authority. # lean: allies]
    ~ change_capital(-1)
    ~ move_stance("nac", "france", 2)
    { belgian == 3:
        ~ move_stance("nac", "belgium", 1)
    }
    ~ move_stance("nac", "us", -1)
    ~ move_stance("washington", "rumsfeld", -2)
    { go_command("parallel") == "parallel":
        A NATO mission that answers to NATO, not to American generals: it meets the third condition head on, and in this version of events the Council agrees to plan for it. # assert: {track("command") == "parallel"} # note: Historically NATO's only mission in Iraq, agreed at Istanbul in June 2004, was for training, and its commander was the US general who also led the coalition's training.
    - else:
        A NATO mission that answers to NATO, not to American generals: it meets the third condition head on, but {blocked_by} {break_silence(blocked_by)} in the Council. # assert: {track("command") != "parallel" and blocked_by != ""}
    }
    The Pentagon warns that a second chain of command beside its own would put soldiers at risk.
* [Propose that NATO train Iraq's army and police, and nothing more. # lean: iraq]
    ~ change_capital(1)
    ~ move_stance("nac", "belgium", 1)
    ~ move_stance("washington", "rumsfeld", -1)
    ~ temp already = track("command") == "training"
    { go_command("training") == "training":
        It is modest, and that is its strength: it helps Iraqis replace foreign soldiers. {already: It builds on the training the Council agreed in November.|In this version of events the Council agrees, months before it did.} Washington says it hoped for more. # assert: {track("command") == "training"} # note: Historically NATO agreed to help train Iraqi forces only at the Istanbul summit in June 2004, after Allawi's letter.
    - else:
        It is modest, and still {blocked_by} {break_silence(blocked_by)} in the Council: not while Iraq is occupied. Washington says it hoped for more. # assert: {track("command") != "training" and blocked_by != ""}
    }
- ->->

= german_offer
A state secretary from the German foreign ministry, which Joschka Fischer leads, comes to see you. (A state secretary is the senior official just below a minister.) "We will not send soldiers into Iraq," he says. "But we could train Iraqi officers and police, outside Iraq, if NATO wants it."
* [Welcome it, and build it into NATO's planning. # lean: allies]
    ~ outside_training = true
    ~ change_capital(-1)
    ~ move_stance("nac", "germany", 1)
    You write it in. It is a real offer from Berlin, and you make sure every capital hears about it.
* [Turn it down: NATO needs soldiers in Iraq, not classrooms elsewhere. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("nac", "germany", -1)
    ~ move_stance("washington", "rumsfeld", 1)
    The state secretary leaves politely. The Americans approve of your firmness.
- ->->

= desk
Staff from the US Congress are visiting Brussels. One of them asks you over lunch what NATO can really do in Iraq by June. She is taking notes.
* [Training Iraqi officers, perhaps. Nothing bigger. # lean: allies]
    ~ change_capital(-1)
    ~ move_stance("nac", "france", 1)
    ~ move_stance("nac", "germany", 1)
    She writes it down with a frown. Her report says NATO is "thinking small". In Paris and Berlin, thinking small sounds safe.
* [Don't rule anything out, not even a sector. # lean: washington]
    ~ change_capital(1)
    ~ move_stance("nac", "us", 1)
    She is delighted, and her report says NATO is "ready to step up". The German ambassador reads it and asks who gave you that idea.
- ->->

= close
~ temp why = end_turn()
{ why == "capital": -> nato_end_capital }
{ why == "burden": -> nato_end_burden }
{ why == "time": -> nato_end_time }
-> nato_mar
