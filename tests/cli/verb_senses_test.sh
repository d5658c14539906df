#!/bin/sh
# Verb senses of sitrep's own verb dictionaries (dict/verbs/) that the
# hand reviews of issue 5 found coded as the wrong act, each with a
# sentence written for the test and one that keeps the plain sense.
. tests/cli/lib.sh

# "consider X a Y" judges what X is; it weighs no policy option (014).
code_line "consider X a partner" "The Egyptian government considers France a key partner in the region."
check_nogrep "considering France a partner is no 014" "$TMPD/triples" ' 014$'
code_line "consider X as a threat" "Turkey considers the Kurdish militia as a terrorist group."
check_nogrep "considering a group as terrorist is no 014" "$TMPD/triples" ' 014$'
code_line "consider sanctions" "The European Union is considering sanctions on Russia over the war."
check_grep "considering sanctions is 014" "$TMPD/triples" '^IGOEUR[A-Z]* RUS[A-Z]* 014$'

# "reject the claims that ..." denies what is claimed (016); the words of
# the claim's content ("joint ventures", "trade") are not what is
# rejected (1211 and the like).
code_line "reject claims that" "Kenya and Uganda rejected the claims that their joint ventures were harming farmers in Ethiopia."
check_nogrep "rejecting claims about joint ventures is no 1211" "$TMPD/triples" ' 1211$'
code_line "reject claims of" "Egypt rejected the claims of Ethiopia over the dam."
check_grep "rejecting Ethiopia's claims is 016" "$TMPD/triples" '^EGY[A-Z]* ETH[A-Z]* 016$'
code_line "reject a trade deal" "Kenya rejected a joint venture with Uganda."
check_grep "rejecting a joint venture is still 1211" "$TMPD/triples" ' 1211$'

# "said no" rejects only when "to" follows it at once: "said no to the
# referendum" (120), not "said no ransom was paid to free them".
code_line "said no to" "Kenya said no to the referendum."
check_grep "saying no to a referendum is 120" "$TMPD/triples" '^KEN --- 120$'
printf '%s\n' "Officials in Kenya said no ransom was paid to free the hostages." >"$TMPD/in.txt"
check_exit "said no X was paid codes" 0 "$SITREP" code --no-require-dyad --date 2025-03-01 --to jsonl "$TMPD/in.txt"
check_nogrep "saying no ransom was paid is no 120" "$TMPD/out" '"code":"120"'

# Sending moods or the dead is no aid (070/074): "sent jitters through
# the markets", "dispatched coffins"; sending food still is.
code_line "sent jitters" "Kenya's new tariffs on Uganda have sent jitters through the markets."
check_nogrep "sending jitters is no aid" "$TMPD/triples" ' 07[0-9]*$'
code_line "dispatched coffins" "Kenyan authorities dispatched coffins to Uganda."
check_nogrep "dispatching coffins is no aid" "$TMPD/triples" ' 07[0-9]*$'
code_line "sent food" "Kenya sent food to Uganda."
check_grep "sending food is aid" "$TMPD/triples" '^KEN UGA 07[0-9]*$'

# Talking "about" something with nobody it is with is remarks, not a
# consultation (040), whatever actor the topic names; "spoke to X about
# Y" still is one.
code_line "spoke about" "The Kenyan president has spoken openly about the threats that Somalia poses to Uganda."
check_nogrep "speaking about a topic is no 040" "$TMPD/triples" ' 04[0-9]*$'
code_line "spoke to X about" "The Kenyan president spoke to the Ugandan president about the border."
check_grep "speaking to a leader about a topic is 040" "$TMPD/triples" '^KEN[A-Z]* UGA[A-Z]* 040$'

# People who are moved or travel on their own errands (detainees,
# migrants, refugees, passengers) make no visit (042); a leader does.
code_line "refugees arrived" "Hundreds of Sudanese refugees arrived in Chad on Monday."
check_nogrep "refugees arriving make no visit" "$TMPD/triples" ' 042$'
code_line "leader arrived" "The Kenyan president arrived in Uganda on Monday."
check_grep "a leader arriving is a visit" "$TMPD/triples" '^KEN[A-Z]* UGA[A-Z]* 042$'

# A policy or effort that "targets" someone aims at them and strikes
# nothing: no use of force (19x); troops targeting a city still are.
code_line "effort targeting" "The Kenyan government's effort targeting Somali traders began in May."
check_nogrep "an effort targeting traders is no force" "$TMPD/triples" ' 19[0-9]*$'
code_line "policy targeting" "A Kenyan policy targeting Ugandan traders angered Kampala."
check_nogrep "a policy targeting traders is no force" "$TMPD/triples" ' 19[0-9]*$'
code_line "forces targeting" "Russian forces targeted Kyiv with missiles."
check_grep "forces targeting a city with missiles is force" "$TMPD/triples" '^RUSMIL UKR 195$'

# An authority that orders an arrest makes it (173); demanding an arrest
# stays a demand (1013) (issue 5, round 18).
code_line "ordered the arrest" "Prosecutors in Kenya ordered the arrest of the Ugandan opposition leader."
check_grep "ordering the arrest is 173" "$TMPD/triples" '^KENJUD UGAOPP 173$'
code_line "demanded the arrest" "Kenyan lawmakers demanded the arrest of the Ugandan opposition leader."
check_grep "demanding the arrest is 1013" "$TMPD/triples" '^KEN[A-Z]* UGAOPP 1013$'

# DEMONSTRATE with an object or a clause is showing, not a protest (141);
# without one it is a protest (issue 5, round 18).
code_line "demonstrates a disregard" "Lawyers said the transfers of migrants to Kenya demonstrate a disregard for the laws of Uganda."
check_nogrep "demonstrating a disregard is no 141" "$TMPD/triples" ' 141$'
code_line "demonstrated its missiles" "Iran demonstrated its new missiles to Russian officials."
check_nogrep "demonstrating missiles is no 141" "$TMPD/triples" ' 14[0-9]*$'
code_line "demonstrated outside" "Thousands of Kenyan students demonstrated outside the Ugandan embassy."
check_grep "demonstrating outside an embassy is 141" "$TMPD/triples" ' 141[0-9]*$'

# "fighting between X and Y": the two sides fight each other (190 both
# ways), not the clause's subject, here the displaced (issue 5, round 18).
code_line "fighting between" "Thousands of civilians were displaced by fighting between Kenyan troops and Ugandan forces."
check_grep "fighting between troops and forces is 190 one way" "$TMPD/triples" '^KENMIL UGAMIL 190$'
check_grep "fighting between troops and forces is 190 the other way" "$TMPD/triples" '^UGAMIL KENMIL 190$'
check_nogrep "the displaced do not fight" "$TMPD/triples" 'CVL [A-Z]* 190$'

# Knowing a person by sight is no diplomatic recognition (054); a state
# recognized as sovereign still is.
code_line "recognized him" "A Kenyan soldier at the checkpoint recognized him."
check_nogrep "recognizing a person is no 054" "$TMPD/triples" ' 054$'
code_line "recognized a state" "Uganda recognized Kosovo as a sovereign state."
check_grep "recognizing a state is 054" "$TMPD/triples" '^UGA XKX 054$'
code_line "recognized her government" "Kenya recognized her government as the legitimate authority."
check_grep "recognizing her government is still 054" "$TMPD/triples" ' 054$'

# Taking on fuel or cargo is loading, not seizing territory (192);
# taking a town still is.
code_line "took on cargo" "The Kenyan ferry took on fuel and cargo at the port."
check_nogrep "taking on cargo is no 192" "$TMPD/triples" ' 192$'
code_line "took a town" "Ugandan troops took the border town."
check_grep "taking a town is 192" "$TMPD/triples" '^UGAMIL --- 192$'

# A figurative place ("a gray area", "a role") occupied is no territory.
code_line "occupied a gray area" "Kenyan traders occupied a gray area in Ugandan law."
check_nogrep "occupying a gray area is no 192" "$TMPD/triples" ' 192$'
code_line "occupied an area" "Ugandan troops occupied the border area."
check_grep "occupying a border area is 192" "$TMPD/triples" '^UGAMIL --- 192$'
code_line "captured a market" "Kenya captured the regional market for tea, overtaking Uganda."
check_nogrep "capturing a market is no 192" "$TMPD/triples" ' 192$'

# Firing an official dismisses him: no attack (190), even with "on Monday"
# after it; firing on an official's convoy still is one.
code_line "fired a minister" "The Kenyan president fired his defense minister on Monday."
check_nogrep "firing a minister is no 190" "$TMPD/triples" ' 19[0-9]*$'
code_line "fired on a convoy" "Kenyan troops fired on the Ugandan minister's convoy on Monday."
check_grep "firing on a minister's convoy is 190" "$TMPD/triples" '^KENMIL UGAGOV 190$'

# Pressing, filing or bringing charges is legal action (173), not a
# demand (100); pressing a country to act still is one.
code_line "pressed charges" "Kenya pressed charges against two Ugandan men."
check_grep "pressing charges is 173" "$TMPD/triples" '^KEN UGA 173$'
check_nogrep "pressing charges is no demand" "$TMPD/triples" ' 10[0-9]*$'
code_line "pressed to hold elections" "Kenya pressed Uganda to hold elections."
check_grep "pressing Uganda to hold elections is a demand" "$TMPD/triples" '^KEN UGA 10[0-9]*$'

# Signing a measure or legislation is enacting a law, no agreement (057).
code_line "signed a measure" "The Kenyan president signed a measure extending the state of emergency."
check_nogrep "signing a measure is no 057" "$TMPD/triples" ' 057$'
code_line "signed an agreement on measures" "Kenya and Uganda signed an agreement on security measures."
check_grep "signing an agreement on security measures is 057" "$TMPD/triples" '^KEN UGA 057$'

# Warning of a resurgence or spread of something is a forecast (012), not
# a threat of force (138); warning of military action still is one (and
# "military" is the action's, not Israel's: round 22 keeps it off the target).
code_line "warned of a resurgence" "Kenyan officials warned of a resurgence of al-Shabab attacks in Somalia."
check_nogrep "warning of a resurgence is no 138" "$TMPD/triples" ' 138$'
check_grep "warning of a resurgence is a forecast" "$TMPD/triples" ' 012$'
code_line "warned of military action" "Iran warned of military action against Israel."
check_grep "warning of military action is 138" "$TMPD/triples" '^IRN ISR 138$'

# "rejected questions that ..." denies what is suggested; the words of
# the question's content ("intelligence") are no cooperation refused.
code_line "rejected questions that" "Kenyan officials rejected questions that the hijacking was an intelligence failure."
check_nogrep "rejecting questions is no 121" "$TMPD/triples" ' 121$'
code_line "rejected intelligence cooperation" "Kenya rejected intelligence cooperation with Uganda."
check_grep "rejecting intelligence cooperation is 121" "$TMPD/triples" '^KEN UGA 121$'

# Speaking to a legislature is no consultation with it (040); and when
# the main clause reports what was said, the lawmakers are the speech's
# audience, no target (round 45: the judging guide of round 16 reversed
# round 13's "a statement to it").
code_line "speaking to lawmakers" "Speaking to Kenyan lawmakers on Monday, the Ugandan president said the deal was fair."
check_nogrep "speaking to lawmakers is no 040" "$TMPD/triples" ' 040$'
check_nogrep "the lawmakers spoken to are the audience" "$TMPD/triples" 'KENLEG'

# Urging someone to stop a cooperation asks for no cooperation (021).
code_line "urged to stop cooperation" "The U.S. envoy urged China to persuade Russia to stop its cooperation with Iran."
check_nogrep "urging an end to cooperation is no 021" "$TMPD/triples" ' 021$'
code_line "urged more cooperation" "The U.S. urged China to increase its cooperation with Japan."
check_grep "urging more cooperation is 021" "$TMPD/triples" '^USA CHN 021$'

# "Baloch Liberation Army" is the Balochistan Liberation Army (PAKREB);
# its "Army" is no military agent. A town of the doers' own country is
# where they struck, not whom (docs/coder.md, round 45): no target.
code_line "Baloch Liberation Army" "Fighters from the Baloch Liberation Army seized a train near Quetta."
check_grep "the Baloch Liberation Army is PAKREB" "$TMPD/triples" '^PAKREB --- 181$'

# Seizing or taking over a train or a bus, with the people on board, is a
# hijacking (181); a named train's head noun is "Express". A town taken
# is still territory (192).
code_line "took over an Express" "Gunmen from the Baloch Liberation Army took over the Khyber Express near Quetta."
check_grep "taking over a train is 181" "$TMPD/triples" '^PAKREB[A-Z]* --- 181$'
code_line "seized a town" "Fighters from the Baloch Liberation Army seized a town near Quetta."
check_grep "seizing a town is still 192" "$TMPD/triples" '^PAKREB PAK 192$'

# Resisting troops or fighters is armed resistance (190); resisting
# pressure or demands is a refusal to yield (124).
code_line "resisting security forces" "Some al-Shabab militants are still resisting the Somali security forces in Mogadishu."
check_grep "resisting security forces is 190" "$TMPD/triples" '^SOMREB[A-Z]* SOMCOP 190$'
check_nogrep "resisting security forces is no 124" "$TMPD/triples" ' 124$'
code_line "resisting pressure" "Kenya resisted pressure from the United States."
check_grep "resisting pressure is 124" "$TMPD/triples" '^KEN USA 124$'

# Pakistan's Frontier Corps is a military actor (PAKMIL).
code_line "Frontier Corps" "Militants from the Baloch Liberation Army attacked the Frontier Corps in Quetta."
check_grep "the Frontier Corps is PAKMIL" "$TMPD/triples" '^PAKREB PAKMIL 190$'

# "continues to engage in X" does X; it holds no talks (040) unless X
# is talks.
code_line "continues to engage in" "Somalia continues to engage in smuggling with Kenya."
check_nogrep "engaging in an activity is no 040" "$TMPD/triples" ' 04[0-9]*$'
code_line "continues to engage in talks" "Kenya continues to engage in talks with Somalia."
check_grep "engaging in talks is 046" "$TMPD/triples" '^KEN SOM 046$'
code_line "continues to engage with" "Kenya continues to engage with Somalia."
check_grep "engaging with a country is 040" "$TMPD/triples" '^KEN SOM 040$'

# "revoked the house arrest of X", "revoked X's bail" sends X back to
# prison (173); revoking a licence or passport is still a sanction (172).
code_line "revoke house arrest" "A Guatemalan court revoked the house arrest of the journalist."
check_grep "revoking house arrest is 173" "$TMPD/triples" '^GTMJUD GTMMED 173$'
code_line "revoke bail" "A Guatemalan judge revoked the bail of the opposition leader."
check_grep "revoking bail is 173" "$TMPD/triples" '^GTMJUD GTMOPP 173$'
code_line "revoke passports" "Thailand revoked the passports of two activists."
check_grep "revoking passports is still 172" "$TMPD/triples" ' 172$'

summary
