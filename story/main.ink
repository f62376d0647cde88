# story: mandate
# version: 1.1.0
# title: Mandate
# turns: 11
# subtitle: NATO, the UN and post-war Iraq · August 2003 to June 2004
# blurb: Washington wants NATO to share the burden in Iraq. Paris, Berlin and Brussels name their price: a UN mandate, an invitation from an Iraqi body, and a role apart from the occupation. Negotiate it, month by month.
# role_prompt: August 2003. Whose desk is yours?
# role_us: US official
# goal_us: Lower the American troop burden and bring allies in, without giving away command.
# role_nato: NATO official
# goal_nato: Find a role for the alliance that Paris, Berlin and Brussels can sign, without splitting NATO.
# meter_capital_us: Political capital; capital
# meter_capital_nato: Trust; trust
# track_un: UN resolution
# track_invitation: Iraqi invitation
# track_command: Command
# state_support: back-room support
# state_polish-model: Polish-division model
# state_parallel: parallel NATO command

// Mandate: the campaign. August 2003 - June 2004.
// The tags above are the story's global tags: its id and version (kept in every log), and the
// words the screens around the story use (title screen, role list, status panel); see
// docs/story-contract.md.
// The capital() meter has a name per desk (meter_capital_*). The US official spends political
// capital in Washington. The NATO official, a member of an international staff, has none of
// their own to spend: what they spend is the trust of the allies and of Washington, and it runs
// down while the Council is divided (table.ink, upkeep_nato). "Trust" is also a word every
// reader knows and no reader mixes up with "the capitals" (Paris, Berlin, Brussels).
// The engine sets `role` ("us" or "nato") and `scenario` ("full" or "short") before the first
// line; with no role set (Inky), the story asks. Files:
//   table.ink        the negotiating table: bodies, members, stances, scorecards, event names
//                    (global tags, so it is INCLUDEd first, before any content)
//   contract.ink     the story/engine contract (EXTERNAL functions and their ink fallbacks)
//   common.ink       story memory (VARs) and helpers shared by both roles
//   events.ink       the historical events, as tunnels, and the list of optional event names
//   us_act1..3.ink   the US official's full campaign, 11 monthly turns
//   us_short.ink     the US official's short campaign, 4 turns, reusing the full decisions
//   us_endings.ink   the US official's endings
//   nato_*.ink       the same for the NATO official
//   briefing.ink     the briefing pack's words and the dated timeline (a knot of tags, never played)

INCLUDE table.ink
INCLUDE contract.ink
INCLUDE common.ink
INCLUDE events.ink
INCLUDE us_act1.ink
INCLUDE us_act2.ink
INCLUDE us_act3.ink
INCLUDE us_short.ink
INCLUDE us_endings.ink
INCLUDE nato_act1.ink
INCLUDE nato_act2.ink
INCLUDE nato_act3.ink
INCLUDE nato_short.ink
INCLUDE nato_endings.ink
INCLUDE briefing.ink

-> start

=== start ===
{ role == "": -> choose_role }
-> begin

= choose_role
Brussels and Washington, August 2003. Whose desk is yours?
* [The US official: lower the American troop burden and bring allies in.]
    ~ role = "us"
    -> begin
* [The NATO official: find a role for the alliance that all 19 members can sign.]
    ~ role = "nato"
    -> begin

= begin
// A teacher's scenario file may give fewer months than the branch has (docs/scenarios.md).
{ scenario == "short":
    { max_turns() < 4:
        This is the short campaign, cut to {max_turns()} {max_turns() == 1: turn|turns} by your scenario: from August 2003 to {last_month(max_turns())}.
    - else:
        This is the short campaign: four turns, from August 2003 to June 2004.
    }
- else:
    { max_turns() < 11:
        This is the full campaign, cut to {max_turns()} {max_turns() == 1: month|months} by your scenario: from August 2003 to {last_month(max_turns())}.
    - else:
        This is the full campaign: one turn a month, from August 2003 to June 2004.
    }
}
{ role == "us": -> us_aug }
-> nato_aug

// The month of the scenario's last turn, for the opening line of a shortened game.
=== function last_month(turns)
{ scenario == "short":
    { turns:
    - 1: ~ return "August 2003"
    - 2: ~ return "October 2003"
    - 3: ~ return "April 2004"
    }
    ~ return "June 2004"
}
{ turns:
- 1: ~ return "August 2003"
- 2: ~ return "September 2003"
- 3: ~ return "October 2003"
- 4: ~ return "November 2003"
- 5: ~ return "December 2003"
- 6: ~ return "January 2004"
- 7: ~ return "February 2004"
- 8: ~ return "March 2004"
- 9: ~ return "April 2004"
- 10: ~ return "May 2004"
}
~ return "June 2004"
