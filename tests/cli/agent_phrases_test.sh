#!/bin/sh
# Agent phrases of sitrep's own agents file (dict/agents.txt) that the hand
# reviews of issue 5 found read as the wrong party, each with a sentence
# written for the test and one that keeps the plain reading.
. tests/cli/lib.sh

# A vehicle named for the people it carries stands for them: an attack on
# a passenger bus is an attack on civilians, not on the place it was in.
# Some parses already read "passenger" so; without the agent phrases
# "Rebels bombed a commuter train outside Kinshasa" was CODREB -> COD.
code_line "passenger bus" "Gunmen attacked a passenger bus in northern Kenya on Monday."
check_grep "an attack on a passenger bus targets civilians" "$TMPD/triples" ' KENCVL 19[0-9]*$'
check_nogrep "an attack on a passenger bus does not target the country" "$TMPD/triples" ' KEN 19[0-9]*$'
code_line "commuter train" "Rebels bombed a commuter train outside Kinshasa."
check_grep "bombing a commuter train targets civilians" "$TMPD/triples" ' CODCVL 1[89][0-9]*$'
# A plain "bus" is a thing and still lends no agent.
code_line "bus" "Gunmen attacked a bus in northern Kenya on Monday."
check_nogrep "a plain bus names no civilians" "$TMPD/triples" ' KENCVL '

# The armed forces' vehicles stand for the troops in them, as their
# aircraft do: the attack is on the army, not on the company the convoy
# carries supplies for (without the phrases, KENBUS).
code_line "army convoy" "Militants in Kenya attacked an army convoy carrying supplies for a company run by China in Kenya."
check_grep "an attack on an army convoy targets the army" "$TMPD/triples" '^KENREB KENMIL 19[0-9]*$'
check_nogrep "an attack on an army convoy is not on the company" "$TMPD/triples" ' KENBUS 19[0-9]*$'

# "A paramilitary force" is a state's armed force (border guards, rangers,
# gendarmes), as Phoenix codes it; plural "paramilitaries" stay REB.
# With REB, rebels ambushing one had their target passed over as their
# own code and the attack was aimed at nobody.
code_line "paramilitary force" "Rebels in Nigeria ambushed a paramilitary force on Tuesday."
check_grep "an ambush of a paramilitary force targets the military" "$TMPD/triples" '^NGAREB NGAMIL 19[0-9]*$'
code_line "paramilitaries" "Paramilitaries in Nigeria attacked a village on Tuesday."
check_grep "paramilitaries are still armed groups" "$TMPD/triples" '^NGAREB '

# An organized crime group of a country is its criminals (CRM), not its
# state: "a member of a ... crime group" took the bare country before.
code_line "organized crime group" "A member of a Russian organized crime group attacked a Ukrainian journalist on Monday."
check_grep "a crime group's member is CRM" "$TMPD/triples" '^RUSCRM UKRMED 19[0-9]*$'
code_line "crime boss" "Mexican police arrested a crime boss on Monday."
check_grep "a crime boss is CRM" "$TMPD/triples" '^MEXCOP MEXCRM 173$'

# Issue 5, round 52. Migrants are civilians, not refugees (Phoenix's
# agents code them CVL); asylum seekers and refugees stay REF.
code_line "migrants" "Chinese migrants in Japan protested against the new visa rules on Monday."
check_grep "migrants are civilians" "$TMPD/triples" '^CHNCVL '
check_nogrep "migrants are not refugees" "$TMPD/triples" 'CHNREF'
code_line "refugees" "Sudanese refugees in Chad protested against the food cuts on Monday."
check_grep "refugees stay refugees" "$TMPD/triples" '^SDNREF '
# Migrants have crossed a border like refugees: migrants held in Italy are
# not Italy's civilians.
code_line "migrants detained" "Police in Italy detained 40 migrants on Tuesday."
check_nogrep "migrants detained in Italy are not Italian" "$TMPD/triples" 'ITACVL'
# A spy plane is the air force's, not the intelligence service's.
code_line "spy plane" "Japan accused a Chinese spy plane of entering its airspace on Friday."
check_grep "a spy plane is military" "$TMPD/triples" '^JPN CHNMIL 11[0-9]*$'
check_nogrep "a spy plane is no spy service" "$TMPD/triples" 'CHNSPY'
code_line "spies" "Russia expelled two British spies on Monday."
check_grep "spies are still the spy service" "$TMPD/triples" ' GBRSPY '
# Academics and analysts are EDU, not the state of their nationality;
# an intelligence analyst is the spy service's.
code_line "sinologist" "A French sinologist criticized Beijing on Monday."
check_grep "a sinologist is EDU" "$TMPD/triples" '^FRAEDU CHN'
code_line "analysts" "Some American analysts questioned the decision to punish Albania."
check_grep "American analysts are EDU" "$TMPD/triples" '^USAEDU ALB'
check_nogrep "American analysts are not the state" "$TMPD/triples" '^USA ALB'
code_line "intelligence analysts" "U.S. intelligence analysts warned Russia on Monday."
check_grep "intelligence analysts are SPY" "$TMPD/triples" '^USASPY RUS'

summary
