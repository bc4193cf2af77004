import HotlineCore
import Testing

/// Phrasings written for this suite (not taken from any evaluation set): for every indicator of the shipped
/// catalog at least eight Danish and eight English one- or two-sentence notes, the way an operator writes a call
/// (varied controllers, verbs, word order, indirect wording, Danish SMS style without æøå, broken English); the
/// context signals (minor, unaccompanied minor, custody, immediate danger, movement); and calm notes that must
/// find nothing. Many fail with today's catalog: they are kept as they are, to measure generality, not to be
/// fitted. See PHRASING-FAILURES.md for the failures at the time of writing.
@Suite("Indicator phrasings")
struct IndicatorPhrasingTests {
    struct Phrasing: Sendable, CustomTestStringConvertible {
        let id: String
        let language: String
        let text: String
        var testDescription: String { "\(id) [\(language)] \(text)" }
    }

    static func phrasings(_ id: String, da: [String], en: [String]) -> [Phrasing] {
        da.map { Phrasing(id: id, language: "da", text: $0) } + en.map { Phrasing(id: id, language: "en", text: $0) }
    }

    // MARK: - Recruitment

    static let recruitment: [Phrasing] = [
        phrasings("recruitment.deceived_about_job", da: [
            #"Hun fik at vide, at hun skulle passe børn hos en familie, men da hun kom, blev hun sat til at sælge sex."#,
            #"Agenten lovede ham arbejde på et hotel i København; i stedet endte han på en svinefarm i Jylland."#,
            #"Han blev hyret som kok, men formanden har sat ham til at rive tage ned på byggepladser."#,
            #"Onklen sagde, at der ventede et job i en tøjbutik. Butikken findes ikke, og hun gør rent i hans hjem."#,
            #"Bureauet annoncerede jordbærplukning, men de blev kørt til en fiskefabrik, hvor de renser fisk om natten."#,
            #"Kæresten sagde, hun skulle være servitrice i Danmark. Det viste sig at være en massageklinik med sex."#,
            #"han troede han skulle arbejde paa et lager men de satte ham til at saelge hash for dem"#,
            #"hun blev lovet job som au pair men maa arbejde i madammens bar hver nat"#,
            #"Ifølge agenten skulle han være mekaniker på et værksted, men han står i en vaskehal, og værkstedet har aldrig eksisteret."#,
        ], en: [
            #"She was told she would look after children for a family, but when she got here she was put to work in a brothel."#,
            #"The agent promised him work in a hotel in Copenhagen; instead he ended up on a pig farm in Jutland."#,
            #"He came for a job as a cook, but the foreman has him tearing down roofs on building sites."#,
            #"Her uncle said a shop job was waiting. There is no shop - she cleans his house and his brother's restaurant."#,
            #"The agency advertised strawberry picking, but they were driven to a fish factory where they gut fish at night."#,
            #"Boyfriend said waitress job in Denmark. It turned out to be a massage clinic with sex."#,
            #"me come for work in warehouse they say. but they make me sell drugs on street"#,
            #"The work is nothing like what the farmer described on the phone before she travelled."#,
            #"The job in the advert never existed; the madam put him to wash dishes in her bar."#,
        ]),
        phrasings("recruitment.false_promises", da: [
            #"Madammen lovede hende en uddannelse som sygeplejerske i Europa; der har aldrig været nogen skole."#,
            #"Han blev lokket hertil med løfter om et godt job og en lejlighed."#,
            #"Agenten lovede 20.000 om måneden og en lejlighed; intet af det passede."#,
            #"Kæresten lovede at gifte sig med hende, hvis hun kom til Danmark, men nu vil han ikke høre tale om bryllup."#,
            #"de lovede os fast arbejde og papirer men vi har ikke set noget af det"#,
            #"Bureauet fristede med høj løn og gratis bolig, og ingen af delene holdt."#,
            #"Onklen sagde, hun kunne gå i skole her og sende penge hjem. Det blev aldrig til noget."#,
            #"Landmanden lovede dem arbejdstilladelse efter tre måneder; det var løgn."#,
        ], en: [
            #"The madam promised her nursing school in Europe; there never was any school."#,
            #"He was lured here with promises of a good job and a flat."#,
            #"The agent promised 20,000 a month and a flat; none of it was true."#,
            #"Her boyfriend promised to marry her if she came to Denmark, but now he won't talk about a wedding."#,
            #"they promise us fixed work and papers, we never see nothing"#,
            #"The agency tempted them with high wages and free housing, and neither was real."#,
            #"Her uncle said she could go to school here and send money home. It never happened."#,
            #"The farmer promised them work permits after three months; it was a lie."#,
        ]),
        phrasings("recruitment.deceived_about_wages", da: [
            #"Lovet 20.000 om måneden, får 3.000."#,
            #"Annoncen sagde 150 kroner i timen; hun får 40."#,
            #"Agenten sagde, at lønnen var 1.500 euro. Han får 300."#,
            #"de sagde vi faar 120 kr i timen men vi faar kun 50"#,
            #"Formanden lovede dansk overenskomstløn, men de får under halvdelen."#,
            #"Lønnen er langt lavere end det, der blev aftalt i Polen."#,
            #"Hun regnede med at tjene 15.000 om måneden, som madammen sagde, men hun får 500 om ugen."#,
            #"Kontrakten siger 25.000, men der kommer kun 8.000 ind på kontoen."#,
        ], en: [
            #"Promised 20,000 a month, gets 3,000."#,
            #"The advert said 150 kroner an hour; she gets 40."#,
            #"The agent said the salary was 1,500 euros. He gets 300."#,
            #"they say we get 120 kr for hour but only 50 we get"#,
            #"The foreman promised the Danish collective agreement rate, but they get less than half of it."#,
            #"The pay is far below what was agreed back in Poland."#,
            #"She expected to earn 15,000 a month as the madam had said, but she gets 500 a week."#,
            #"The contract says 25,000, but only 8,000 arrives in the account."#,
        ]),
        phrasings("recruitment.deceived_about_documents", da: [
            #"Agenten gav ham et falsk pas og sagde, at det var helt lovligt."#,
            #"Hun skrev under på en kontrakt på dansk, som hun ikke kunne læse."#,
            #"Bureauet sagde, at visummet gav lov til at arbejde, men det var et turistvisum."#,
            #"han fik falske papirer af manden i Kiev og troede de var aegte"#,
            #"De fik en arbejdstilladelse, der viste sig at være forfalsket."#,
            #"Chefen bildte hende ind, at hun var registreret og havde lovligt ophold i Danmark."#,
            #"Han underskrev kontrakten uden at forstå et ord af den."#,
            #"Papirerne, som mellemmanden ordnede, er købte og ikke ægte."#,
        ], en: [
            #"The agent gave him a fake passport and said it was all legal."#,
            #"She signed a contract in Danish that she could not read."#,
            #"The agency said the visa let her work, but it was a tourist visa."#,
            #"the man in Kyiv give him false papers, he think they are real"#,
            #"They were given a work permit that turned out to be forged."#,
            #"The boss made her believe she was registered and legally resident in Denmark."#,
            #"He signed the contract without understanding a word of it."#,
            #"The papers the middleman arranged were bought and are not genuine."#,
        ]),
        phrasings("recruitment.deceived_about_conditions", da: [
            #"Da hun landede i Kastrup, fik hun at vide, at hun skyldte 40.000 for rejsen."#,
            #"Ved ankomsten krævede agenten pludselig penge for bolig og arbejdstøj, som ingen havde nævnt."#,
            #"Rejsen skulle være gratis, men efter ankomsten sagde manden, at den kostede 3.000 euro."#,
            #"da vi kom frem sagde chefen vi skylder ham penge for bussen"#,
            #"Først her i Danmark hørte han, at han skulle betale 2.000 kr. om måneden for sengen."#,
            #"Madammen sagde først efter ankomsten, at hun skulle tjene 50.000 ind, før hun var fri."#,
            #"Ingen havde sagt noget om gæld, før de stod på gården."#,
            #"Da han kom om bord, tog skipperen halvdelen af hyren for rejseomkostninger, som aldrig var aftalt."#,
        ], en: [
            #"When she landed in Copenhagen she was told she owed 40,000 for the trip."#,
            #"On arrival the agent suddenly demanded money for housing and work clothes that nobody had mentioned."#,
            #"The journey was supposed to be free, but after they arrived the man said it cost 3,000 euros."#,
            #"when we come the boss say we owe him money for the bus"#,
            #"Only once he was in Denmark did he hear he must pay 2,000 a month for his bed."#,
            #"The madam said only after she arrived that she had to earn 50,000 before she was free."#,
            #"Nobody said anything about a debt until they were standing on the farm."#,
            #"When he got on board the skipper kept half his pay for travel costs that were never agreed."#,
        ]),
        phrasings("recruitment.abducted_or_sold", da: [
            #"Hun blev solgt af sin fætter til en mand i Danmark."#,
            #"Han blev kidnappet i Libyen og solgt videre til en bande."#,
            #"Familien giftede hende bort til en mand, hun aldrig havde mødt, og sendte hende hertil."#,
            #"Pigen blev tvunget til at gifte sig med sin onkels ven."#,
            #"de tog hende fra gaden derhjemme og koerte hende over graensen mod hendes vilje"#,
            #"Madammen købte hende for 2.000 euro af en anden madam i Italien."#,
            #"Han blev tvunget til at tage med på rejsen; de truede hans mor."#,
            #"Hun blev taget med magt fra landsbyen og bragt til Europa."#,
        ], en: [
            #"Her cousin sold her to a man in Denmark."#,
            #"He was kidnapped in Libya and sold on to a gang."#,
            #"Her family married her off to a man she had never met and sent her here."#,
            #"The girl was forced to marry her uncle's friend."#,
            #"they take her from street at home and drive her across border, she not want"#,
            #"The madam bought her for 2,000 euros from another madam in Italy."#,
            #"He was made to come on the journey; they threatened his mother."#,
            #"She was taken by force from her village and brought to Europe."#,
        ]),
        phrasings("recruitment.debt_for_travel", da: [
            #"Han skylder agenten 8.000 euro for flybilletten og visummet."#,
            #"Rejsen til Danmark kostede hende 30.000, som hun skal betale tilbage til onklen."#,
            #"vi skylder stadig chauffoeren for turen fra Rumaenien"#,
            #"Bureauet lagde ud for billetten, og nu trækker de beløbet fra hans løn."#,
            #"Hun har lånt penge til rejsen af madammen og skal arbejde dem af."#,
            #"Gælden for at blive bragt hertil er på 5.000 euro."#,
            #"Smugleren vil stadig have resten af prisen for turen over Middelhavet."#,
            #"Familien lånte af mellemmanden for at betale hans rejse, og han skal betale lånet tilbage."#,
        ], en: [
            #"He owes the agent 8,000 euros for the flight and the visa."#,
            #"The trip to Denmark cost her 30,000, which she must pay back to her uncle."#,
            #"we still owe the driver for the trip from Romania"#,
            #"The agency advanced the ticket money and now takes it out of his wages."#,
            #"She borrowed money for the journey from the madam and has to work it off."#,
            #"The debt for bringing him here is 5,000 euros."#,
            #"The smuggler still wants the rest of the price for the Mediterranean crossing."#,
            #"His family borrowed from the middleman to pay for his travel, and he has to repay it."#,
        ]),
        phrasings("recruitment.fee_paid", da: [
            #"Han betalte 3.000 euro til et bureau i Vietnam for at få jobbet."#,
            #"Hun gav en mellemmand alle sine opsparinger for at komme på listen til gartneriet."#,
            #"vi betalte agenten 2000 euro hver for jobbet i Danmark"#,
            #"Familien solgte deres jord for at betale rekruttereren."#,
            #"Bureauet tog 15.000 kr. for at skaffe pladsen på slagteriet."#,
            #"For at få arbejdet måtte de hver give formanden 500 euro kontant."#,
            #"Han har betalt en agent i Manila for hyrekontrakten på skibet."#,
            #"Hun betalte 1.000 euro til en kvinde på Facebook, der skulle finde job og bolig til hende."#,
        ], en: [
            #"He paid 3,000 euros to an agency in Vietnam to get the job."#,
            #"She gave a middleman all her savings to get on the list for the greenhouse."#,
            #"we pay the agent 2000 euro each for job in Denmark"#,
            #"The family sold their land to pay the recruiter."#,
            #"The agency took 15,000 kroner to arrange the place at the slaughterhouse."#,
            #"To get the work, each of them had to hand the foreman 500 euros in cash."#,
            #"He paid an agent in Manila for the contract on the ship."#,
            #"She paid 1,000 euros to a woman on Facebook who was to find her work and housing."#,
        ]),
        phrasings("recruitment.economic_hardship", da: [
            #"Hun kommer fra en meget fattig landsby og skulle forsørge tre børn alene, da agenten kontaktede hende."#,
            #"Han tog imod tilbuddet, fordi familien havde gæld til en pengeudlåner derhjemme."#,
            #"Hendes mor var syg, og der var ingen penge til medicin, så hun sagde ja til jobbet."#,
            #"han havde ingen penge og intet arbejde i Bulgarien da onklen ringede"#,
            #"Efter at manden døde, kunne hun ikke brødføde børnene og tog med bureauet."#,
            #"Familien levede i dyb armod, og landmanden vidste det, da han tilbød arbejde."#,
            #"Han var hjemløs i Rumænien, da mændene tilbød ham arbejde i Danmark."#,
            #"De var arbejdsløse og sultne, da rekruttereren kom til landsbyen."#,
        ], en: [
            #"She comes from a very poor village and was raising three children alone when the agent contacted her."#,
            #"He took the offer because the family owed money to a moneylender back home."#,
            #"Her mother was ill and there was no money for medicine, so she said yes to the job."#,
            #"he have no money and no work in Bulgaria when the uncle call him"#,
            #"After her husband died she could not feed the children and went with the agency."#,
            #"The family lived in deep poverty, and the farmer knew it when he offered work."#,
            #"He was homeless in Romania when the men offered him work in Denmark."#,
            #"They were jobless and hungry when the recruiter came to the village."#,
        ]),
        phrasings("recruitment.emotional_dependency", da: [
            #"Hendes kæreste sælger hende til andre mænd og siger, at det er for deres fælles fremtid."#,
            #"Han mødte hende på nettet, blev hendes kæreste og fik hende til at tage kunder for ham."#,
            #"kaeresten bestemmer hvilke kunder hun skal tage og tager alle pengene"#,
            #"Hun er forelsket i ham og gør alt, hvad han siger, også at sælge sex."#,
            #"Den unge mand spillede forelsket og flyttede hende ind i en lejlighed, hvor hun skal have sex med hans venner."#,
            #"Kæresten sætter annoncer op for hende og aftaler priserne."#,
            #"Hun siger, at hun elsker ham, og at hun kun tager kunderne, så han ikke bliver ked af det."#,
            #"Hendes partner lovede at gifte sig med hende og sendte hende så ud for at sælge sex på gaden."#,
        ], en: [
            #"Her boyfriend sells her to other men and says it is for their future together."#,
            #"He met her online, became her boyfriend and got her to see clients for him."#,
            #"boyfriend decide which customers she take and he take all money"#,
            #"She is in love with him and does whatever he says, including selling sex."#,
            #"The young man pretended to be in love with her and moved her into a flat where she has to sleep with his friends."#,
            #"Her boyfriend posts adverts for her and sets the prices."#,
            #"She says she loves him and only sees the clients so that he won't be upset."#,
            #"Her partner promised to marry her and then sent her out to sell sex on the street."#,
        ]),
        phrasings("recruitment.ritual_oath", da: [
            #"Før rejsen måtte hun sværge en ed hos en præst i Benin City; bryder hun den, dør hun."#,
            #"Madammen tog hår og negle fra hende under en ceremoni og siger, at ånderne straffer hende, hvis hun taler."#,
            #"hun tror hun bliver syg og doer hvis hun bryder juju eden"#,
            #"Hun er bange for en forbandelse, som blev lagt på hende derhjemme."#,
            #"De gennemgik et ritual ved en helligdom, før de rejste."#,
            #"Bagmanden siger, at hendes familie bliver ramt af forbandelsen, hvis hun ikke betaler."#,
            #"Hun har svoret over for guderne at betale gælden tilbage og tør ikke andet."#,
            #"Hun blev ført til en heksedoktor, der bandt hende med et løfte om tavshed."#,
        ], en: [
            #"Before the journey she had to swear an oath before a priest in Benin City; if she breaks it, she will die."#,
            #"The madam took her hair and nails in a ceremony and says the spirits will punish her if she talks."#,
            #"she believe she get sick and die if she break the juju"#,
            #"She is afraid of a curse that was put on her back home."#,
            #"They went through a ritual at a shrine before they travelled."#,
            #"The trafficker says her family will be struck by the curse if she doesn't pay."#,
            #"She swore before the gods to repay the debt and doesn't dare do otherwise."#,
            #"She was taken to a witch doctor who bound her with a vow of silence."#,
        ]),
        phrasings("recruitment.grooming_signs", da: [
            #"Pigen bliver hentet efter skole af ældre mænd i dyre biler."#,
            #"Hun har pludselig to nye iPhones og mange kontanter, som hun ikke kan forklare."#,
            #"hun kommer hjem med nyt toej og penge og vil ikke sige hvem der giver hende det"#,
            #"En voksen mand køber gaver til ham og giver ham lommepenge."#,
            #"Hendes langt ældre kæreste henter hende ved institutionen hver aften."#,
            #"Mænd i 40'erne giver hende telefoner og alkohol og inviterer hende til fester."#,
            #"Han får tøj og sneakers af en mand, han har mødt på Snapchat, og skal være sød til gengæld."#,
            #"Drengen har fået en ny telefon af en fremmed voksen, som skriver til ham om natten."#,
        ], en: [
            #"The girl is picked up after school by older men in expensive cars."#,
            #"She suddenly has two new iPhones and a lot of cash she cannot explain."#,
            #"she come home with new clothes and money, not want to say who give"#,
            #"An adult man buys him presents and gives him pocket money."#,
            #"Her much older boyfriend collects her from the care home every evening."#,
            #"Men in their forties give her phones and alcohol and invite her to parties."#,
            #"He gets clothes and trainers from a man he met on Snapchat and has to be nice to him in return."#,
            #"The boy got a new phone from an adult stranger who messages him at night."#,
        ]),
    ].flatMap { $0 }

    // MARK: - Exploitation

    static let exploitation: [Phrasing] = [
        phrasings("exploitation.excessive_hours", da: [
            #"Hun arbejder fra klokken seks om morgenen til midnat, syv dage om ugen."#,
            #"Formanden giver dem aldrig en fridag."#,
            #"vi arbejder 14 timer hver dag og har ikke haft fri i to maaneder"#,
            #"Han står i køkkenet 80 timer om ugen."#,
            #"Landmanden lader dem malke og muge ud døgnet rundt med kun få timers søvn."#,
            #"Au pairen passer børnene og gør rent fra tidlig morgen til sent om aftenen, også i weekenden."#,
            #"Skipperen lader besætningen arbejde i vagter på 20 timer."#,
            #"Hun har ikke haft en eneste hel fridag, siden hun kom i marts."#,
        ], en: [
            #"She works from six in the morning until midnight, seven days a week."#,
            #"The foreman never gives them a day off."#,
            #"we work 14 hour every day, no free day two months"#,
            #"He is in the kitchen 80 hours a week."#,
            #"The farmer has them milking and mucking out round the clock with only a few hours' sleep."#,
            #"The au pair looks after the children and cleans from early morning until late at night, weekends too."#,
            #"The skipper makes the crew work 20-hour shifts."#,
            #"She has not had a single full day off since she came in March."#,
        ]),
        phrasings("exploitation.low_or_no_pay", da: [
            #"Han får 25 kroner i timen for at gøre rent på hotellet."#,
            #"Der er ikke kommet løn til hende i fire måneder."#,
            #"de faar kun 2000 kr om maaneden for fuld tid"#,
            #"Chefen betaler dem en brøkdel af mindstelønnen."#,
            #"Lønnen går ind på en konto, som hun ikke har adgang til."#,
            #"Efter tre måneder på marken har de kun fået lidt lommepenge."#,
            #"Hun ser aldrig noget af pengene fra kunderne."#,
            #"Han får 100 kr. om dagen for tolv timers arbejde."#,
        ], en: [
            #"He gets 25 kroner an hour for cleaning the hotel."#,
            #"No wages have reached her for four months."#,
            #"they get only 2000 kr in month for full time"#,
            #"The boss pays them a fraction of the minimum wage."#,
            #"Her wages go into an account she cannot access."#,
            #"After three months in the fields they have only had a little pocket money."#,
            #"She never sees any of the money from the clients."#,
            #"He gets 100 kroner a day for twelve hours' work."#,
        ]),
        phrasings("exploitation.works_a_lot", da: [
            #"Naboen siger, at den unge mand arbejder hele tiden."#,
            #"Hun er på restauranten også i weekenden."#,
            #"De arbejder om natten på lageret."#,
            #"Han har lange arbejdsdage på gården."#,
            #"Pigen gør rent hele dagen hos familien."#,
            #"han arbejder hver aften paa pizzeriaet"#,
            #"Manden i vaskehallen stopper aldrig, siger kunden."#,
            #"Veninden siger, at hun arbejder virkelig meget."#,
        ], en: [
            #"The neighbour says the young man works all the time."#,
            #"She is at the restaurant at weekends too."#,
            #"They work at night in the warehouse."#,
            #"He has long shifts at the farm."#,
            #"The girl cleans all day for the family."#,
            #"he work every evening at the pizzeria"#,
            #"The man at the car wash never stops, the customer says."#,
            #"Her friend says she works a lot."#,
        ]),
        phrasings("exploitation.unpaid_work", da: [
            #"Hun arbejder i familiens hjem kun for kost og logi."#,
            #"Han har arbejdet gratis på gården siden sommeren."#,
            #"hun faar ingen loen kun mad og en seng"#,
            #"De får ikke en krone for arbejdet, kun et sted at sove."#,
            #"Onklen siger, at maden og værelset er betaling nok for arbejdet i butikken."#,
            #"Hun hjælper i restauranten hver dag uden at få noget for det."#,
            #"Han arbejder på byggepladsen for et tag over hovedet."#,
            #"Som betaling for arbejdet i vaskehallen får de kun aftensmad."#,
        ], en: [
            #"She works in the family's home for food and lodging only."#,
            #"He has worked on the farm for free since the summer."#,
            #"she get no salary, only food and bed"#,
            #"They don't get a single krone for the work, just a place to sleep."#,
            #"The uncle says the food and the room are payment enough for the work in his shop."#,
            #"She helps in the restaurant every day without getting anything for it."#,
            #"He works on the building site in exchange for a roof over his head."#,
            #"As payment for the car wash work they only get dinner."#,
        ]),
        phrasings("exploitation.pay_handed_back", da: [
            #"Hun skal give halvdelen af lønnen tilbage til agenten hver måned."#,
            #"Chefen trækker 4.000 kr. for sengen i containeren fra lønnen."#,
            #"han tager penge fra loennen til mad og transport hver uge"#,
            #"Når lønnen er gået ind, skal de hæve den og aflevere den til formanden."#,
            #"Der bliver trukket for arbejdstøj, værktøj og kørsel, så der næsten ikke er noget tilbage."#,
            #"Bureauet modregner en husleje, der er tre gange markedsprisen."#,
            #"Han skal betale 200 kr. om dagen tilbage for bilen, der kører ham til marken."#,
            #"Madammen tager sin andel af hver betaling og opkræver husleje af resten."#,
        ], en: [
            #"She has to give half her wages back to the agent every month."#,
            #"The boss deducts 4,000 kroner for the bed in the container from the pay."#,
            #"he take money from salary for food and transport every week"#,
            #"Once the wages are paid in, they must withdraw them and hand them to the foreman."#,
            #"Work clothes, tools and driving are deducted, so there is almost nothing left."#,
            #"The agency docks rent at three times the market price from their pay."#,
            #"He has to pay back 200 a day for the van that drives him to the field."#,
            #"The madam takes her share of every payment and charges rent out of the rest."#,
        ]),
        phrasings("exploitation.bad_living_conditions", da: [
            #"De bor otte mand i en kold skurvogn uden toilet."#,
            #"Hun sover på gulvet i køkkenet hos familien."#,
            #"de bor i kaelderen paa fabrikken uden vinduer"#,
            #"Han sover i et baglokale i restauranten, hvor han arbejder."#,
            #"Der er skimmel på væggene, og tolv personer deler ét badeværelse."#,
            #"Landmanden har indlogeret dem i en gammel svinestald."#,
            #"Hun bor i massageklinikken og sover på briksen."#,
            #"Værelset har ingen varme, og de har kun koldt vand."#,
        ], en: [
            #"Eight men live in a cold site hut with no toilet."#,
            #"She sleeps on the kitchen floor at the family's house."#,
            #"they live in basement of factory, no windows"#,
            #"He sleeps in a back room of the restaurant where he works."#,
            #"There is mould on the walls and twelve people share one bathroom."#,
            #"The farmer has put them up in an old pig shed."#,
            #"She lives in the massage parlour and sleeps on the treatment table."#,
            #"The room has no heating and they only have cold water."#,
        ]),
        phrasings("exploitation.hazardous_work", da: [
            #"De arbejder med sprøjtegift uden masker eller handsker."#,
            #"Han klatrer på stilladser uden sele og hjelm."#,
            #"de skaerer fisk med knive hele natten og folk kommer tit til skade"#,
            #"Hun skal rense med stærke kemikalier i et rum uden ventilation."#,
            #"Mandskabet på båden arbejder i storm uden redningsveste."#,
            #"Han kom til skade på byggepladsen, og chefen nægter at køre ham på skadestuen."#,
            #"Arbejderne fjerner asbest med bare hænder."#,
            #"Hun har fået ætsningsskader af rengøringsmidlerne på arbejdet."#,
        ], en: [
            #"They work with pesticide without masks or gloves."#,
            #"He climbs scaffolding with no harness and no helmet."#,
            #"they cut fish with knives all night, people get hurt all the time"#,
            #"She has to clean with strong chemicals in a room with no ventilation."#,
            #"The crew on the boat work in storms without life jackets."#,
            #"He got injured on the building site and the boss refuses to take him to A&E."#,
            #"The workers remove asbestos with their bare hands."#,
            #"She has chemical burns from the cleaning products at work."#,
        ]),
        phrasings("exploitation.no_contract_or_protection", da: [
            #"Han har ingen kontrakt og har aldrig set en lønseddel."#,
            #"De arbejder sort for landmanden og er ikke forsikrede."#,
            #"hun er ikke registreret nogen steder og faar kontanter i haanden"#,
            #"Chefen vil ikke skrive en ansættelseskontrakt."#,
            #"Lønnen betales kontant uden lønseddel, og der betales ikke skat."#,
            #"De er ikke dækket af nogen forsikring, og hvis de bliver syge, får de intet."#,
            #"Hun har kun en mundtlig aftale med familien."#,
            #"Bureauet har ikke indberettet nogen af dem til Skattestyrelsen."#,
        ], en: [
            #"He has no contract and has never seen a payslip."#,
            #"They work off the books for the farmer and are not insured."#,
            #"she not registered anywhere, get cash in hand"#,
            #"The boss refuses to write an employment contract."#,
            #"Wages are paid in cash with no payslip, and no tax is paid."#,
            #"They are not covered by any insurance, and if they fall ill they get nothing."#,
            #"She only has a verbal agreement with the family."#,
            #"The agency has not reported any of them to the tax authorities."#,
        ]),
        phrasings("exploitation.sold_for_sex", da: [
            #"Hun bliver tvunget til at tage imod op til ti kunder om dagen i lejligheden."#,
            #"Madammen sender hende ud på gaden hver nat for at sælge sex."#,
            #"han saelger hende til maend over nettet"#,
            #"Bagmændene annoncerer hende som escort og kører hende selv ud til kunder."#,
            #"Hun må have sex med mænd på massageklinikken, og ejeren tager pengene."#,
            #"Kæresten har tvunget hende til prostitution for at betale hans gæld."#,
            #"Hun kan ikke sige nej til de kunder, madammen sender ind til hende."#,
            #"De filmer hende under tvang og sælger optagelserne på nettet."#,
        ], en: [
            #"She is forced to see up to ten clients a day in the flat."#,
            #"The madam sends her out on the street every night to sell sex."#,
            #"he sell her to men on internet"#,
            #"The traffickers advertise her as an escort and drive her to the clients."#,
            #"She has to have sex with men at the massage clinic and the owner takes the money."#,
            #"Her boyfriend has forced her into prostitution to pay off his debt."#,
            #"She cannot refuse the clients the madam sends in to her."#,
            #"They film her under pressure and sell the videos online."#,
        ]),
        phrasings("exploitation.forced_criminality", da: [
            #"Banden sender ham ud for at stjæle i butikker hver dag."#,
            #"Han passer en hashplantage i et tillukket hus og må ikke gå derfra."#,
            #"de tvinger ham til at saelge stoffer paa Christiania"#,
            #"Drengen skal tage tegnebøger fra folk i metroen for sin onkel."#,
            #"Hun bliver kørt ud for at tigge og skal aflevere alt til manden."#,
            #"De har taget lån og ydelser i hans navn og bruger hans konto til svindel."#,
            #"Han bliver brugt som kurer og skal bære pakker med kokain over grænsen."#,
            #"Mændene har tvunget dem til at bryde ind i sommerhuse."#,
        ], en: [
            #"The gang sends him out to shoplift every day."#,
            #"He tends a cannabis grow in a sealed house and is not allowed to leave."#,
            #"they force him sell drugs in Christiania"#,
            #"The boy has to pick pockets on the metro for his uncle."#,
            #"She is driven out to beg and must hand everything to the man."#,
            #"They have taken out loans and benefits in his name and use his account for fraud."#,
            #"He is used as a courier and must carry packages of cocaine across the border."#,
            #"The men have made them break into summer houses."#,
        ]),
        phrasings("exploitation.quota", da: [
            #"Hun skal tjene 1.000 kroner om dagen til madammen, ellers bliver hun slået."#,
            #"Drengene skal aflevere 500 kr. hver aften; har de mindre, får de ikke mad."#,
            #"hun skal give ham 3000 kr hver uge ellers straffer han hende"#,
            #"Hver plukker skal fylde 40 kasser, før de må stoppe, og de får bøder, hvis de ikke når det."#,
            #"Bagmanden har et fast beløb, hun skal skaffe hver nat, og han råber og truer, når det ikke er nok."#,
            #"Hvis de kommer hjem med for lidt fra tiggeriet, bliver de sendt ud på gaden igen."#,
            #"Han skal sælge for 10.000 kr. om ugen, ellers lægges det oven i gælden."#,
            #"Kvoten er 15 biler om dagen i vaskehallen; når hun ikke når den, bliver hun trukket i løn."#,
        ], en: [
            #"She has to earn 1,000 kroner a day for the madam or she gets beaten."#,
            #"The boys must hand in 500 every evening; if they have less they get no food."#,
            #"she must give him 3000 kr every week, or he punish her"#,
            #"Each picker must fill 40 crates before they may stop, and they are fined if they don't make it."#,
            #"The pimp has a fixed amount she must bring in every night, and he shouts and threatens when it is short."#,
            #"If they come back with too little from begging, they are sent back out on the street."#,
            #"He has to sell 10,000 worth a week, otherwise it is added to his debt."#,
            #"The quota is 15 cars a day at the car wash; when she misses it, her pay is docked."#,
        ]),
        phrasings("exploitation.begging_observed", da: [
            #"En kvinde sidder og tigger ved indgangen til Netto hver dag."#,
            #"Der står børn og tigger i S-toget."#,
            #"ser de samme gamle maend tigge ved stationen hver morgen og en bil henter dem"#,
            #"Han går rundt mellem bordene på caféerne og beder om penge."#,
            #"En mand med krykker tigger på Strøget fra morgen til aften."#,
            #"Hun sidder med et papskilt og et krus foran Magasin og beder forbipasserende om småpenge."#,
            #"To drenge spiller harmonika og samler penge ind i bussen."#,
            #"En gruppe sætter hver morgen tiggere af ved kirken og henter dem om aftenen."#,
        ], en: [
            #"A woman sits begging at the entrance to the supermarket every day."#,
            #"Children are begging on the suburban trains."#,
            #"I see same old men beg at station every morning, a car pick them up"#,
            #"He goes round the café tables asking for money."#,
            #"A man on crutches begs on the main shopping street from morning to evening."#,
            #"She sits with a cardboard sign and a cup in front of the department store asking passers-by for change."#,
            #"Two boys play the accordion and collect money on the bus."#,
            #"A group drops beggars off at the church every morning and collects them in the evening."#,
        ]),
        phrasings("exploitation.sex_work_setting", da: [
            #"I lejligheden bor fem kvinder, og der kommer mænd ind og ud hele natten."#,
            #"Massageklinikken har tilklistrede vinduer og har åbent til klokken fire om natten."#,
            #"kvinderne sover i klinikken og der ligger kondomer og kontanter overalt"#,
            #"Der hænger kameraer ved indgangen til wellness-stedet, og kvinderne går aldrig ud."#,
            #"Naboen ser nye kvinder i lejligheden hver uge, og mænd ringer på døgnet rundt."#,
            #"Annoncerne på nettet viser den samme adresse med nye piger hver uge."#,
            #"Klinikken tager kun imod mandlige kunder, og pigerne bor bag et forhæng i baglokalet."#,
            #"Der ligger madrasser i alle rum, og en mand i døren tager imod pengene."#,
        ], en: [
            #"Five women live in the flat and men come and go all night."#,
            #"The massage clinic has papered-over windows and is open until four in the morning."#,
            #"the women sleep in clinic, condoms and cash everywhere"#,
            #"There are cameras at the entrance of the wellness place and the women never go out."#,
            #"The neighbour sees new women in the flat every week and men ringing the bell at all hours."#,
            #"The online ads show the same address with new girls every week."#,
            #"The clinic only takes male customers and the girls live behind a curtain in the back room."#,
            #"There are mattresses in every room and a man at the door who takes the money."#,
        ]),
        phrasings("exploitation.no_education", da: [
            #"Den 13-årige dreng går ikke i skole, fordi han skal arbejde i onklens butik."#,
            #"Pigen er aldrig blevet meldt ind i en skole, siden hun kom til Danmark."#,
            #"hun passer familiens boern hele dagen i stedet for at gaa i skole"#,
            #"Han er holdt op med at komme i skolen, fordi han arbejder om natten på lageret."#,
            #"Børnene i familien går ikke i nogen skole og sælger blomster på gaden."#,
            #"Skolen har ikke set drengen i to måneder; han kører aviser ud for en mand."#,
            #"Værtsfamilien lader hende ikke gå i skole."#,
            #"Han er væk fra de fleste timer, fordi han tigger med sin onkel om formiddagen."#,
        ], en: [
            #"The 13-year-old boy does not go to school because he has to work in his uncle's shop."#,
            #"The girl has never been enrolled in a school since she came to Denmark."#,
            #"she look after family children all day instead of go to school"#,
            #"He has stopped turning up at school because he works nights at the warehouse."#,
            #"The children in the family are not registered at any school and sell flowers on the street."#,
            #"The school has not seen the boy for two months; he delivers papers for a man."#,
            #"The host family does not let her go to school."#,
            #"He misses most of his lessons because he begs with his uncle in the mornings."#,
        ]),
    ].flatMap { $0 }

    // MARK: - Coercion

    static let coercion: [Phrasing] = [
        phrasings("coercion.documents_confiscated", da: [
            #"Chefen "passer på" hans pas, og han får det ikke udleveret."#,
            #"Agenten tog alles pas i lufthavnen og har dem stadig."#,
            #"madammen har hendes pas og id kort og giver dem ikke tilbage"#,
            #"Landmanden har låst deres opholdskort inde i et pengeskab."#,
            #"Skipperen beholder hans søfartsbog, så han ikke kan mønstre af."#,
            #"Hun måtte aflevere sit ID til familien den første dag og har ikke fået det igen."#,
            #"Han har ikke længere sit pas; formanden siger, at det ligger i sikkerhed hos ham."#,
            #"Bureauet opbevarer arbejdernes papirer på kontoret, og de kan ikke få dem udleveret."#,
        ], en: [
            #"The boss "looks after" his passport and won't hand it over."#,
            #"The agent took everyone's passports at the airport and still has them."#,
            #"madam have her passport and id card, not give back"#,
            #"The farmer has locked their residence cards in a safe."#,
            #"The skipper keeps his seaman's book so he cannot sign off."#,
            #"She had to hand her ID to the family on the first day and has not got it back."#,
            #"He no longer has his passport; the foreman says it is safe with him."#,
            #"The agency stores the workers' papers at its office and they cannot get them."#,
        ]),
        phrasings("coercion.debt_bondage", da: [
            #"Hun skal betale 50.000 kr. tilbage til madammen, før hun må rejse hjem."#,
            #"Gælden til agenten vokser hver måned, fordi han lægger renter og bøder til."#,
            #"han siger vi skylder ham for alt og maa arbejde til gaelden er betalt"#,
            #"Han arbejder uden løn for at afdrage på det, onklen siger, han skylder."#,
            #"Så længe hun skylder bagmanden penge, kan hun ikke stoppe."#,
            #"Formanden skriver alt ned i en bog, mad, seng og transport, og gælden bliver aldrig mindre."#,
            #"De må ikke forlade gården, før lånet er betalt tilbage."#,
            #"Hun skal arbejde gælden af hos familien, og den er steget fra 2.000 til 6.000 euro."#,
        ], en: [
            #"She must pay back 50,000 to the madam before she can go home."#,
            #"The debt to the agent grows every month because he adds interest and fines."#,
            #"he say we owe him for everything, we must work until debt is paid"#,
            #"He works for nothing to pay down what his uncle says he owes."#,
            #"As long as she owes the trafficker money, she cannot stop."#,
            #"The foreman writes everything down in a book, food, bed and transport, and the debt never gets smaller."#,
            #"They may not leave the farm until the loan is paid back."#,
            #"She has to work off her debt to the family, and it has gone up from 2,000 to 6,000 euros."#,
        ]),
        phrasings("coercion.confinement_or_surveillance", da: [
            #"Døren bliver låst udefra, når chefen går om aftenen."#,
            #"Hun må ikke gå ud af huset uden familien."#,
            #"de er laast inde i lejligheden og har ingen noegle"#,
            #"Telefonerne er taget fra dem, så de ikke kan ringe til nogen."#,
            #"Vinduerne er skruet fast, og hun kommer kun ud, når madammen låser op."#,
            #"Skipperen låser kahytten om natten, så ingen af fiskerne kan gå i land."#,
            #"Arbejderne bliver holdt inde på fabrikken fra søndag til lørdag."#,
            #"Han har ikke været uden for porten i tre måneder; landmanden har nøglen."#,
        ], en: [
            #"The door is locked from the outside when the boss leaves in the evening."#,
            #"She is not allowed out of the house without the family."#,
            #"they are locked inside flat, no key"#,
            #"Their phones were taken so they cannot call anyone."#,
            #"The windows are screwed shut and she only gets out when the madam unlocks the door."#,
            #"The skipper locks the cabin at night so none of the fishermen can go ashore."#,
            #"The workers are kept inside the factory from Sunday to Saturday."#,
            #"He has not been outside the gate for three months; the farmer has the key."#,
        ]),
        phrasings("coercion.escorted_or_watched", da: [
            #"Hun bliver altid fulgt af en mand, når hun går til lægen."#,
            #"Chefen kører dem til og fra arbejdet og venter uden for butikken, når de handler."#,
            #"der er altid en af madammens folk med hende ogsaa paa toilettet"#,
            #"Formanden står ved siden af, hver gang de taler med nogen udefra."#,
            #"Onklen følger ham til skolen og henter ham igen hver dag."#,
            #"Hun må aldrig være alene; bagmandens kæreste er altid med."#,
            #"En vagt holder øje med arbejderne hele dagen og noterer, hvem de taler med."#,
            #"Kæresten sidder i bilen udenfor og venter, mens hun er til samtale på kommunen."#,
        ], en: [
            #"She is always accompanied by a man when she goes to the doctor."#,
            #"The boss drives them to and from work and waits outside the shop when they buy groceries."#,
            #"always one of madam people with her, also to toilet"#,
            #"The foreman stands next to them whenever they speak to anyone from outside."#,
            #"The uncle walks him to school and picks him up again every day."#,
            #"She is never allowed to be alone; the pimp's girlfriend is always with her."#,
            #"A guard watches the workers all day and notes who they talk to."#,
            #"Her boyfriend sits waiting in the car outside while she has her meeting at the municipality."#,
        ]),
        phrasings("coercion.violence", da: [
            #"Formanden slog ham i ansigtet, fordi han var for langsom."#,
            #"Hun er blevet voldtaget af manden, der ejer lejligheden."#,
            #"han har blaa maerker overalt efter chefen sparkede ham"#,
            #"Madammen brændte hende med et strygejern."#,
            #"Landmanden har skubbet og sparket arbejderne flere gange."#,
            #"Kæresten tæver hende, når hun ikke tjener nok."#,
            #"Skipperen slog ham med et tov, så han måtte sys."#,
            #"Arbejdsgiveren tvinger hende til sex med ham."#,
        ], en: [
            #"The foreman hit him in the face because he was too slow."#,
            #"She has been raped by the man who owns the flat."#,
            #"he have bruises everywhere, the boss kick him"#,
            #"The madam burned her with an iron."#,
            #"The farmer has pushed and kicked the workers several times."#,
            #"Her boyfriend beats her when she doesn't earn enough."#,
            #"The skipper hit him with a rope so he needed stitches."#,
            #"Her employer forces her to have sex with him."#,
        ]),
        phrasings("coercion.threats", da: [
            #"Chefen sagde, at han ville brække hans ben, hvis han gik."#,
            #"Bagmanden har truet med at slå hende ihjel."#,
            #"han siger hun forsvinder hvis hun snakker med nogen"#,
            #"Formanden viste ham en kniv og sagde, at han vidste, hvor han sov."#,
            #"Madammen siger, at hun kommer til at fortryde det, hvis hun stikker af."#,
            #"Landmanden truede med at skyde dem, hvis de klagede."#,
            #"Kæresten har sagt, at hun ikke overlever det, hvis hun forlader ham."#,
            #"Du ender i en grøft, sagde manden, da han bad om sin løn."#,
        ], en: [
            #"The boss said he would break his legs if he left."#,
            #"The trafficker has threatened to kill her."#,
            #"he say she disappear if she talk to anybody"#,
            #"The foreman showed him a knife and said he knew where he slept."#,
            #"The madam says she will regret it if she runs away."#,
            #"The farmer threatened to shoot them if they complained."#,
            #"Her boyfriend told her she won't survive if she leaves him."#,
            #"You'll end up in a ditch, the man said when he asked for his wages."#,
        ]),
        phrasings("coercion.threat_of_denunciation", da: [
            #"Chefen siger, at han ringer til politiet, hvis hun stopper, og så bliver hun udvist."#,
            #"Agenten truer med at melde dem til Udlændingestyrelsen."#,
            #"madammen siger politiet tager hende og sender hende hjem hvis hun gaar"#,
            #"Landmanden har sagt, at de kommer i fængsel for ulovligt arbejde, hvis de klager."#,
            #"Familien siger, at hendes opholdstilladelse bliver inddraget, hvis hun fortæller noget."#,
            #"Formanden truer med at anmelde ham for tyveri, hvis han kræver sin løn."#,
            #"Manden siger, at han får hende udvist, hvis hun forlader ham."#,
            #"Skipperen siger, at myndighederne henter ham, hvis han går i land."#,
        ], en: [
            #"The boss says he'll call the police if she quits and then she'll be deported."#,
            #"The agent threatens to report them to the immigration service."#,
            #"madam say police take her and send her home if she go"#,
            #"The farmer has said they will go to prison for working illegally if they complain."#,
            #"The family says her residence permit will be withdrawn if she tells anyone."#,
            #"The foreman threatens to report him for theft if he demands his wages."#,
            #"Her husband says he will get her deported if she leaves him."#,
            #"The skipper says the authorities will come for him if he goes ashore."#,
        ]),
        phrasings("coercion.threats_to_family_or_exposure", da: [
            #"Agenten sagde, at familien derhjemme ville få et besøg, hvis hun ikke betaler."#,
            #"Bagmanden har sendt hende billeder af hendes mors hus."#,
            #"han truer med at sende noegenbilleder af hende til hendes familie"#,
            #"Madammen siger, at hendes lillebror kommer til skade, hvis hun går til politiet."#,
            #"Kæresten truer med at fortælle hendes forældre, at hun sælger sex."#,
            #"Mændene ved, hvor hans børn går i skole i Vietnam, og minder ham om det."#,
            #"Hvis han stopper, opsøger chefens folk hans kone i Ukraine."#,
            #"Hun er bange, fordi manden siger, at han lægger videoerne af hende på nettet."#,
        ], en: [
            #"The agent said the family back home would get a visit if she doesn't pay."#,
            #"The trafficker has sent her photos of her mother's house."#,
            #"he threaten to send her nude pictures to her family"#,
            #"The madam says her little brother will get hurt if she goes to the police."#,
            #"Her boyfriend threatens to tell her parents she sells sex."#,
            #"The men know where his children go to school in Vietnam and remind him of it."#,
            #"If he stops, the boss's people will look up his wife in Ukraine."#,
            #"She is scared because the man says he will put the videos of her online."#,
        ]),
        phrasings("coercion.withholding_of_wages", da: [
            #"Chefen holder lønnen tilbage, så de ikke stikker af."#,
            #"Landmanden siger, at de får hele lønnen samlet, når sæsonen er slut, men han har ikke betalt noget endnu."#,
            #"madammen tager alle pengene fra kunderne"#,
            #"Agenten modtager deres løn og giver dem kun en lille del af den."#,
            #"Han har tre måneders løn til gode, som formanden nægter at udbetale, så længe han er her."#,
            #"Kæresten tager alt, hvad hun tjener."#,
            #"Familien gemmer hendes løn til hende, men hun har aldrig set den."#,
            #"Hyren bliver betalt til skipperen, som beholder den."#,
        ], en: [
            #"The boss holds back the wages so they don't run off."#,
            #"The farmer says they'll get all their pay at the end of the season, but he has paid nothing yet."#,
            #"madam take all money from the customers"#,
            #"The agent receives their wages and gives them only a small part of it."#,
            #"He is owed three months' pay that the foreman refuses to hand over while he is here."#,
            #"Her boyfriend takes everything she earns."#,
            #"The family is saving her wages for her, but she has never seen them."#,
            #"His pay goes to the skipper, who keeps it."#,
        ]),
        phrasings("coercion.financial_control", da: [
            #"Chefen har hans bankkort og pinkode og hæver selv lønnen."#,
            #"Hun har ikke adgang til sin bankkonto; agenten oprettede den og har koderne."#,
            #"formanden har alle vores mitid og koder"#,
            #"Bureauet styrer arbejdernes netbank."#,
            #"Kæresten har overtaget hendes konto og giver hende 100 kr. om ugen."#,
            #"Han kan ikke se, hvad der står på hans konto; onklen har kortet."#,
            #"Landmanden fik dem til at skrive under på en fuldmagt til deres konti og bruger den."#,
            #"Manden har hendes MitID og logger ind på hendes vegne."#,
        ], en: [
            #"The boss has his bank card and PIN and withdraws the wages himself."#,
            #"She has no access to her bank account; the agent opened it and has the codes."#,
            #"foreman have all our mitid and codes"#,
            #"The agency controls the workers' online banking."#,
            #"Her boyfriend has taken over her account and gives her 100 kroner a week."#,
            #"He cannot see what is in his account; his uncle has the card."#,
            #"The farmer made them sign a power of attorney over their accounts and uses it."#,
            #"Her husband has her MitID and logs in on her behalf."#,
        ]),
        phrasings("coercion.threat_of_worse_conditions", da: [
            #"Formanden siger, at de bliver fyret, hvis de går til fagforeningen."#,
            #"Chefen truer med at smide hende ud af værelset, hvis hun klager over lønnen."#,
            #"hvis vi klager faar vi de vaerste vagter og ingen timer"#,
            #"Landmanden har sagt, at den, der taler med 3F, kan finde et andet sted at bo."#,
            #"Bureauet siger, at de bliver sendt hjem uden løn, hvis de beklager sig."#,
            #"Hun fik at vide, at hun mister jobbet og sengen, hvis hun nævner overarbejdet."#,
            #"Formanden siger, at den, der brokker sig, får det tungeste arbejde og halvdelen af timerne."#,
            #"Familien siger, at hun ryger ud på gaden, hvis hun siger noget til nogen."#,
        ], en: [
            #"The foreman says they'll be fired if they go to the union."#,
            #"The boss threatens to throw her out of the room if she complains about the pay."#,
            #"if we complain we get worst shifts and no hours"#,
            #"The farmer has said anyone who talks to the union can find somewhere else to live."#,
            #"The agency says they'll be sent home without pay if they complain."#,
            #"She was told she would lose the job and her bed if she mentions the overtime."#,
            #"The foreman says whoever moans gets the heaviest work and half the hours."#,
            #"The family says she will be out on the street if she says anything to anyone."#,
        ]),
        phrasings("coercion.speaks_for_worker", da: [
            #"Chefen kom med til lægen og svarede på alle spørgsmål for hende."#,
            #"Agenten taler altid på arbejdernes vegne i banken."#,
            #"onklen svarer for ham naar kommunen ringer"#,
            #"Da Arbejdstilsynet kom, talte formanden for alle og lod ingen svare selv."#,
            #"Hendes kæreste insisterer på at tolke, når hun taler med sagsbehandleren."#,
            #"Manden ville ikke lade hende tale alene med sundhedsplejersken."#,
            #"Bureauets kontaktperson udfylder alle papirer og fører ordet for dem på kommunen."#,
            #"Landmanden tog telefonen, da vi ringede, og sagde, at arbejderen ikke ville tale med os."#,
        ], en: [
            #"The boss came along to the doctor and answered every question for her."#,
            #"The agent always speaks on the workers' behalf at the bank."#,
            #"uncle answer for him when municipality call"#,
            #"When the labour inspectors came, the foreman spoke for everyone and let no one answer."#,
            #"Her boyfriend insists on interpreting when she talks to her caseworker."#,
            #"The husband would not let her speak to the nurse alone."#,
            #"The agency's contact person fills in all the forms and does the talking for them at the municipality."#,
            #"The farmer took the phone when we called and said the worker did not want to talk to us."#,
        ]),
        phrasings("coercion.forced_to_work_or_comply", da: [
            #"Han kan ikke sige nej til ekstra vagter; så bliver chefen rasende."#,
            #"Hun bliver tvunget til at arbejde, selv når hun er syg."#,
            #"hun maa ikke sige nej til nogen kunder"#,
            #"Landmanden presser dem til også at arbejde om natten."#,
            #"Madammen bestemmer alt, og hun har intet valg."#,
            #"De bliver sat til at gøre rent i chefens private hus i weekenden, om de vil eller ej."#,
            #"Når han nægter at arbejde, får han ikke mad."#,
            #"Onklen tvinger ham til at køre for sig, selv om han ikke har kørekort."#,
        ], en: [
            #"He can't refuse extra shifts; the boss gets furious."#,
            #"She is forced to work even when she is ill."#,
            #"she cannot say no to any customers"#,
            #"The farmer pushes them to work nights as well."#,
            #"The madam decides everything and she has no choice."#,
            #"They are made to clean the boss's private house at weekends whether they want to or not."#,
            #"When he refuses to work, he gets no food."#,
            #"His uncle forces him to drive for him even though he has no licence."#,
        ]),
        phrasings("coercion.no_contact_with_family", da: [
            #"Familien i Filippinerne har ikke hørt fra hende i otte måneder."#,
            #"Hun må kun ringe hjem, mens madammen sidder ved siden af."#,
            #"hans mor kan ikke faa fat i ham og telefonen er altid slukket"#,
            #"Da søsteren endelig fik hende i røret, kunne hun ikke tale frit."#,
            #"Chefen har forbudt ham at kontakte sin familie."#,
            #"Forældrene har mistet forbindelsen til deres søn, og ingen ved, hvor i Danmark han er."#,
            #"Hun svarer kun med korte beskeder, som familien mener, at andre skriver."#,
            #"Kæresten har blokeret hendes families numre på hendes telefon."#,
        ], en: [
            #"Her family in the Philippines has not heard from her in eight months."#,
            #"She may only call home while the madam sits next to her."#,
            #"his mother cannot reach him, phone is always off"#,
            #"When her sister finally got her on the phone, she could not speak freely."#,
            #"The boss has forbidden him to contact his family."#,
            #"His parents have lost touch with their son and nobody knows where in Denmark he is."#,
            #"She only answers with short messages that her family says someone else writes."#,
            #"Her boyfriend has blocked her family's numbers on her phone."#,
        ]),
        phrasings("coercion.moved_between_places", da: [
            #"Hun bliver flyttet til en ny lejlighed i en ny by hver anden uge."#,
            #"Banden kører ham rundt mellem forskellige hashplantager."#,
            #"de flytter os hele tiden mellem Aarhus Odense og Koebenhavn"#,
            #"Bureauet sender dem fra byggeplads til byggeplads over hele landet med få timers varsel."#,
            #"Madammen lader pigerne skifte mellem klinikker i Jylland og på Sjælland."#,
            #"Han har boet seks forskellige steder på tre måneder, altid hvor chefen bestemmer."#,
            #"Hver søndag bliver kvinderne kørt til en ny adresse."#,
            #"Formanden flytter holdet rundt mellem gårde i Sverige og Danmark."#,
        ], en: [
            #"She is moved to a new flat in a new city every other week."#,
            #"The gang drives him around between different cannabis farms."#,
            #"they move us all time between Aarhus, Odense and Copenhagen"#,
            #"The agency sends them from site to site across the country at a few hours' notice."#,
            #"The madam rotates the girls between clinics in Jutland and Zealand."#,
            #"He has lived in six different places in three months, always where the boss decides."#,
            #"Every Sunday the women are driven to a new address."#,
            #"The foreman moves the crew around between farms in Sweden and Denmark."#,
        ]),
    ].flatMap { $0 }

    // MARK: - Vulnerability

    static let vulnerability: [Phrasing] = [
        phrasings("vulnerability.dependency_on_exploiter", da: [
            #"Han bor i chefens hus, spiser chefens mad og kan ikke komme nogen steder uden chefens bil."#,
            #"Hendes opholdstilladelse er knyttet til familien, hun arbejder for."#,
            #"hvis hun mister jobbet mister hun ogsaa vaerelset og visum"#,
            #"Landmanden står for både bolig, mad og transport."#,
            #"Hun er helt afhængig af agenten for alt, selv for at få mad."#,
            #"Arbejdstilladelsen gælder kun hos denne arbejdsgiver, så han tør ikke skifte."#,
            #"Kæresten betaler for alt, og hendes visum afhænger af ham."#,
            #"De har intet sted at bo, hvis formanden smider dem ud."#,
        ], en: [
            #"He lives in the boss's house, eats the boss's food and cannot go anywhere without the boss's car."#,
            #"Her residence permit is tied to the family she works for."#,
            #"if she lose job she lose room and visa also"#,
            #"The farmer provides their housing, food and transport."#,
            #"She depends on the agent for everything, even food."#,
            #"His work permit is only valid with this employer, so he doesn't dare to change."#,
            #"Her boyfriend pays for everything and her visa depends on him."#,
            #"They would have nowhere to live if the foreman threw them out."#,
        ]),
        phrasings("vulnerability.economic_need", da: [
            #"Han har ikke råd til at sige jobbet op; hele familien lever af det, han sender hjem."#,
            #"Hun har ingen anden indtægt og tre børn i Nepal."#,
            #"vi kan ikke stoppe for vi har ingen andre penge"#,
            #"Familien derhjemme er afhængig af hans løn til husleje og medicin."#,
            #"Uden arbejdet har hun ikke noget at leve af."#,
            #"Han siger, at han er nødt til at fortsætte, ellers sulter børnene."#,
            #"De sender alt hjem, og uden jobbet har de ingen indtægt overhovedet."#,
            #"Hun kan ikke sige op, fordi hun skal betale af på familiens lån."#,
        ], en: [
            #"He cannot afford to lose the job; the whole family lives on what he sends home."#,
            #"She has no other income and three children in Nepal."#,
            #"we cannot stop, we have no other money"#,
            #"The family back home depends on his wages for rent and medicine."#,
            #"Without the work she has nothing to live on."#,
            #"He says he has to carry on, otherwise the children go hungry."#,
            #"They send everything home, and without the job they have no income at all."#,
            #"She cannot quit because she has to pay off the family's loan."#,
        ]),
        phrasings("vulnerability.irregular_status", da: [
            #"Han har ikke opholdstilladelse og arbejder ulovligt."#,
            #"Hendes visum udløb sidste forår, og hun er her stadig."#,
            #"han har ingen papirer og maa ikke arbejde i DK"#,
            #"De er kommet ind på turistvisum og arbejder uden arbejdstilladelse."#,
            #"Hun fik afslag på asyl og er gået under jorden."#,
            #"Han opholder sig ulovligt i landet og tør ikke søge hjælp."#,
            #"Arbejdstilladelsen er udløbet, men hun arbejder videre."#,
            #"Ingen af arbejderne har CPR-nummer eller lovligt ophold."#,
        ], en: [
            #"He has no residence permit and works illegally."#,
            #"Her visa ran out last spring and she is still here."#,
            #"he have no papers, not allowed work in Denmark"#,
            #"They came in on tourist visas and work without work permits."#,
            #"Her asylum claim was rejected and she has gone underground."#,
            #"He is in the country undocumented and daren't seek help."#,
            #"The work permit has expired, but she keeps working."#,
            #"None of the workers has a CPR number or legal residence."#,
        ]),
        phrasings("vulnerability.language_and_isolation", da: [
            #"Hun taler hverken dansk eller engelsk og ved ikke, hvilken by hun bor i."#,
            #"Han kender ikke adressen på gården."#,
            #"de ved ikke hvor de er, de bliver koert i en bil med moerke ruder"#,
            #"Hun har kun været her i to uger, kender ingen og aner ikke, hvor i byen hun er."#,
            #"Arbejderne forstår kun rumænsk og kan ikke læse skiltene."#,
            #"Han kunne ikke sige, hvad gaden hedder, eller hvor den nærmeste station er."#,
            #"Ingen af kvinderne taler et ord dansk, og de har ingen venner i landet."#,
            #"Hun bor på en gård langt ude på landet og kender ikke navnet på den nærmeste by."#,
        ], en: [
            #"She speaks neither Danish nor English and does not know which town she lives in."#,
            #"He does not know the address of the farm."#,
            #"they don't know where they are, driven in car with dark windows"#,
            #"She has only been here two weeks, knows no one and has no idea what part of town she is in."#,
            #"The workers only understand Romanian and cannot read the signs."#,
            #"He could not say what the street is called or where the nearest station is."#,
            #"None of the women speaks a word of Danish and they have no friends in the country."#,
            #"She lives on a farm far out in the countryside and does not know the name of the nearest town."#,
        ]),
        phrasings("vulnerability.fear_of_authorities", da: [
            #"Hun tør ikke gå til politiet, fordi hun regner med at blive sendt hjem."#,
            #"Han er bange for myndighederne og vil ikke give sit navn."#,
            #"hun stoler ikke paa politiet, de var korrupte derhjemme"#,
            #"Arbejderne gemmer sig, når der kommer nogen fra kommunen."#,
            #"Han frygter at blive udvist, hvis han fortæller, hvad der sker."#,
            #"Hun nægter at tale med Arbejdstilsynet af frygt for at miste sit ophold."#,
            #"De løber, når de ser en politibil."#,
            #"Han har fået at vide, at politiet i Danmark sætter folk som ham i fængsel, og tør ikke anmelde noget."#,
        ], en: [
            #"She doesn't dare go to the police because she expects to be sent home."#,
            #"He is afraid of the authorities and will not give his name."#,
            #"she not trust police, at home they corrupt"#,
            #"The workers hide when someone from the municipality comes."#,
            #"He fears being deported if he tells what is happening."#,
            #"She refuses to talk to the labour inspectors for fear of losing her residence."#,
            #"They run when they see a police car."#,
            #"He has been told the Danish police put people like him in prison, so he won't report anything."#,
        ]),
        phrasings("vulnerability.missing_child_signs", da: [
            #"Den 15-årige forsvinder fra asylcentret i flere dage og kommer tilbage med mange penge."#,
            #"Drengen stikker af fra opholdsstedet om natten og har nyt tøj på, når han kommer tilbage."#,
            #"hun er vaek hver weekend og kommer hjem med kontanter"#,
            #"Pigen er meldt savnet fra børnecentret for tredje gang og vender tilbage med en ny telefon."#,
            #"Han forsvinder fra plejefamilien i dagevis og kommer tilbage med dyre ting, han ikke kan forklare."#,
            #"Personalet på centret siger, at drengen er væk om natten og har sedler i lommen om morgenen."#,
            #"Hun udebliver fra institutionen, er set i en bil med fremmede mænd og kommer tilbage med kontanter."#,
            #"Den 14-årige er løbet hjemmefra flere gange og kommer hjem med penge."#,
        ], en: [
            #"The 15-year-old disappears from the asylum centre for days and comes back with lots of money."#,
            #"The boy runs away from the care home at night and has new clothes on when he comes back."#,
            #"she is gone every weekend and come home with cash"#,
            #"The girl has been reported missing from the children's centre for the third time and returns with a new phone."#,
            #"He disappears from his foster family for days and comes back with expensive things he cannot explain."#,
            #"The centre staff say the boy is gone at night and has banknotes in his pockets in the morning."#,
            #"She goes missing from the institution, has been seen in a car with strange men and comes back with cash."#,
            #"The 14-year-old has run away from home several times and comes back with money."#,
        ]),
        phrasings("vulnerability.fear_and_distress", da: [
            #"Hun virker meget bange og kigger hele tiden over skulderen."#,
            #"Han rystede af skræk og græd under hele samtalen."#,
            #"hun er skraemt og toer ikke snakke"#,
            #"Kvinden var nervøs og så sig hele tiden omkring, mens hun talte."#,
            #"Han er rædselsslagen for, hvad chefen vil gøre."#,
            #"Hun hviskede og var angst for, at nogen kunne høre hende."#,
            #"Arbejderne ser skræmte ud og undgår øjenkontakt."#,
            #"Han siger, at han ikke kan sove af skræk."#,
        ], en: [
            #"She seems very frightened and keeps looking over her shoulder."#,
            #"He was shaking with fear and crying throughout the call."#,
            #"she scared, not dare to talk"#,
            #"The woman was nervous and kept looking around while she spoke."#,
            #"He is terrified of what the boss will do."#,
            #"She whispered and was anxious that someone might hear her."#,
            #"The workers look scared and avoid eye contact."#,
            #"He says he cannot sleep for fear."#,
        ]),
        phrasings("vulnerability.personal_circumstances", da: [
            #"Hun er gravid i sjette måned."#,
            #"Han har en udviklingshæmning og forstår ikke, hvad han skriver under på."#,
            #"han er afhaengig af heroin og manden giver ham stoffer"#,
            #"Hun har været hjemløs i København i et år."#,
            #"Manden er døv og kan ikke læse."#,
            #"Hun har en alvorlig psykisk sygdom og får ingen behandling."#,
            #"Han sover på gaden og drikker meget."#,
            #"Kvinden er handicappet og sidder i kørestol."#,
        ], en: [
            #"She is six months pregnant."#,
            #"He has a learning disability and doesn't understand what he signs."#,
            #"he addicted to heroin, the man give him drugs"#,
            #"She has been homeless in Copenhagen for a year."#,
            #"The man is deaf and cannot read."#,
            #"She has a serious mental illness and gets no treatment."#,
            #"He sleeps rough and drinks heavily."#,
            #"The woman is disabled and uses a wheelchair."#,
        ]),
    ].flatMap { $0 }

    // MARK: - Context signals (id = the flag, or "movement" for the act signal)

    static let flagPhrasings: [Phrasing] = [
        phrasings("minor", da: [
            #"En 15-årig pige arbejder hver aften i en neglesalon."#,
            #"Drengen er mindreårig og sælger hash for en bande."#,
            #"Hun går i 8. klasse og bliver hentet af voksne mænd."#,
            #"han er kun 16 aar og arbejder paa byggepladsen hele dagen"#,
            #"Den 14-årige skolepige passer børn for en familie om natten."#,
            #"Pigen er 13 år gammel og bliver solgt til mænd."#,
            #"En teenagedreng fra Vietnam passer en hashplantage."#,
            #"Han er under 18 og arbejder sort i en restaurant."#,
        ], en: [
            #"A 15-year-old girl works every evening in a nail salon."#,
            #"The boy is a minor and sells cannabis for a gang."#,
            #"She is in 8th grade and gets picked up by adult men."#,
            #"he only 16 years, work all day on building site"#,
            #"The 14-year-old schoolgirl looks after a family's children at night."#,
            #"The girl is 13 years old and is sold to men."#,
            #"A teenage boy from Vietnam tends a cannabis farm."#,
            #"He is under 18 and works off the books in a restaurant."#,
        ]),
        phrasings("unaccompanied_minor", da: [
            #"Den 15-årige dreng kom alene til Danmark, og hans forældre er i Afghanistan."#,
            #"Pigen på 14 har ingen forældre her; manden, hun kalder onkel, er ikke i familie med hende."#,
            #"han er 16 og rejste alene fra Marokko og bor hos en mand han ikke kender"#,
            #"En uledsaget mindreårig fra Eritrea arbejder for en landsmand."#,
            #"Hendes forældre bor i Vietnam; den 13-årige bor hos en tante, der ikke er i familie med hende."#,
            #"Drengen på 15 er uden forældre eller værge i Danmark."#,
            #"Den 17-årige ankom alene i en lastbil og sover på et lager."#,
            #"Pigen er 16, og hele hendes familie er i Nigeria; madammen hentede hende hertil."#,
        ], en: [
            #"The 15-year-old boy came to Denmark alone and his parents are in Afghanistan."#,
            #"The 14-year-old girl has no parents here; the man she calls uncle is not related to her."#,
            #"he is 16, travel alone from Morocco, live with a man he don't know"#,
            #"An unaccompanied minor from Eritrea works for a man from his home country."#,
            #"Her parents live in Vietnam; the 13-year-old stays with an aunt who is not a relative."#,
            #"The 15-year-old boy has no parent or guardian in Denmark."#,
            #"The 17-year-old arrived alone in a lorry and sleeps in a warehouse."#,
            #"The girl is 16 and her whole family is in Nigeria; the madam fetched her here."#,
        ]),
        phrasings("in_custody", da: [
            #"Han blev anholdt i går på hashplantagen og sidder nu i arresten."#,
            #"Hun sidder i Ellebæk og venter på at blive sendt ud af landet."#,
            #"han sidder i faengsel i Vestre og ringer fra faengslets telefon"#,
            #"Politiet har varetægtsfængslet hende for tyveri."#,
            #"Han er tilbageholdt på Kærshovedgård."#,
            #"Kvinden blev taget ved en razzia i nat og er stadig i politiets varetægt."#,
            #"Hun ringer fra detentionen i lufthavnen."#,
            #"Drengen blev anholdt for butikstyveri og er frihedsberøvet."#,
        ], en: [
            #"He was arrested yesterday at the cannabis farm and is now in a police cell."#,
            #"She is in Ellebæk waiting to be removed from the country."#,
            #"he is in prison in Copenhagen, call from prison phone"#,
            #"The police have remanded her in custody for theft."#,
            #"He is being held at Kærshovedgård."#,
            #"The woman was picked up in a raid last night and is still held at the police station."#,
            #"She is calling from the detention centre at the airport."#,
            #"The boy was arrested for shoplifting and is detained."#,
        ]),
        phrasings("immediate_danger", da: [
            #"Hun ringer fra toilettet lige nu, fordi manden er i lejligheden."#,
            #"Han er låst inde på værelset i dette øjeblik og kan ikke komme ud."#,
            #"hjaelp han leder efter mig nu jeg gemmer mig i en opgang"#,
            #"Chefen har sagt, at han slår hende ihjel i aften, når han kommer hjem."#,
            #"Hun hvisker i telefonen, for madammen er i rummet ved siden af."#,
            #"Han blev tævet i går og er bange for, at de finder ham nu; han skjuler sig hos en ven."#,
            #"Barnet er sammen med bagmanden lige nu."#,
            #"Bagmændene står uden for hendes dør og hamrer på den."#,
        ], en: [
            #"She is calling from the toilet right now because the man is in the flat."#,
            #"He is locked in the room at this moment and cannot get out."#,
            #"help he look for me now, I hide in stairwell"#,
            #"The boss said he will kill her tonight when he comes home."#,
            #"She is whispering on the phone because the madam is in the next room."#,
            #"He was beaten yesterday and is afraid they will find him now; he is hiding at a friend's."#,
            #"The child is with the trafficker right now."#,
            #"The traffickers are outside her door, banging on it."#,
        ]),
    ].flatMap { $0 }

    static let movementPhrasings: [Phrasing] = phrasings("movement", da: [
        #"En agent arrangerede og betalte hendes flybillet fra Lagos til København."#,
        #"Onklen hentede ham i Rumænien og kørte ham til Danmark."#,
        #"manden fik hende over graensen i sin bil"#,
        #"Bureauet skaffede dem billetter og bussen hertil."#,
        #"Hun bor i et hus, som chefen ejer, sammen med de andre arbejdere."#,
        #"Landmanden kører dem hver morgen til marken og henter dem igen."#,
        #"Han kom til Danmark gennem en mellemmand på Facebook."#,
        #"Madammen sendte hende fra Italien til Danmark."#,
    ], en: [
        #"An agent arranged and paid her flight from Lagos to Copenhagen."#,
        #"The uncle picked him up in Romania and drove him to Denmark."#,
        #"the man take her over border in his car"#,
        #"The agency got them tickets and the bus here."#,
        #"She lives in a house the boss owns, with the other workers."#,
        #"The farmer drives them to the field every morning and collects them again."#,
        #"He came to Denmark through a middleman on Facebook."#,
        #"The madam sent her from Italy to Denmark."#,
    ])

    // MARK: - Calm notes: no indicator and no flag

    static let calm: [Phrasing] = phrasings("calm", da: [
        // negated
        #"Han har sit eget pas og kan frit gå, når han vil."#,
        #"Der er ingen trusler, og hun skylder ingen penge."#,
        #"Hun kan frit gå og har selv sin telefon."#,
        #"Ingen har taget hendes pas, og hun bestemmer selv over sin løn."#,
        #"Der er ingen tegn på vold eller tvang."#,
        #"Hun er ikke blevet truet og kan ringe til sin familie hver dag."#,
        #"Ingen har låst dem inde; de kommer og går, som de vil."#,
        #"Der har aldrig været tale om gæld eller trusler."#,
        #"han har sit pas og sin loen og ingen gaeld"#,
        #"hun kan gaa hvor hun vil og ingen tager hendes penge"#,
        #"Han er fri til at sige op og har allerede fået nyt job."#,
        // ordinary conditions
        #"Han får overenskomstløn og har kontrakt og lønsedler."#,
        #"Hun arbejder 37 timer om ugen og har fri i weekenden."#,
        #"Hun har fået sin løn til tiden og fuldt ud hver måned."#,
        #"Hun arbejder som sygeplejerske og har ingen bekymringer ud over huslejen."#,
        #"Hun har selv valgt sexarbejde, bestemmer selv over sine kunder og beholder alle pengene."#,
        // past and over
        #"For ti år siden blev hun udnyttet på en gård; i dag er hun tryg og dansk statsborger."#,
        #"For mange år siden blev hun solgt til et bordel i Tyskland, men det er slut nu, og hun har sin egen frisørforretning."#,
        #"For femten år siden blev han slået af en tidligere chef; det er slut nu, og han føler sig tryg på sin nye arbejdsplads."#,
        #"Hun var i gæld til en bagmand i 2009, men har ingen kontakt til ham længere og er i dag tryg."#,
        // questions and topics
        #"En studerende spørger, hvad tvangsarbejde er, til en opgave."#,
        #"En arbejdsgiver spørger, om man må opbevare medarbejdernes pas."#,
        #"Han spørger, om en arbejdsgiver må trække husleje i lønnen."#,
        #"En journalist vil vide, hvordan centret hjælper ofre for menneskehandel."#,
        #"En lærer vil vide, hvilke tegn på menneskehandel skolen skal holde øje med."#,
        #"En forsker spørger om tal for moderne slaveri i Danmark."#,
        #"En kvinde vil vide, hvordan man søger opholdstilladelse som au pair."#,
        #"En mand spørger, hvad han skal gøre, hvis et bureau beder om et gebyr for et job."#,
        #"Hun spørger, om hun kan blive anholdt, hvis hun arbejder uden skattekort."#,
        // someone else's child
        #"Den 34-årige kvinde fortæller, at hendes 12-årige datter går i skole og har det godt."#,
        #"Opkalderen er en 45-årig mand, hvis barnebarn på 10 år er på ferie hos ham. Der er ingen problemer."#,
        #"Min nabos søn på 8 år er lige begyndt i skole, og familien har det fint."#,
    ], en: [
        // negated
        #"He has his own passport and is free to leave whenever he wants."#,
        #"There are no threats and she owes nobody money."#,
        #"She is free to go and has her phone."#,
        #"Nobody has taken her passport and she manages her wages herself."#,
        #"There are no signs of violence or coercion."#,
        #"She has not been threatened and can call her family every day."#,
        #"Nobody locks them in; they come and go as they like."#,
        #"There has never been any talk of debt or threats."#,
        #"he have his passport and salary, no debt"#,
        #"she go where she want, nobody take her money"#,
        #"He is free to quit and has already found a new job."#,
        // ordinary conditions
        #"He is paid the collective agreement rate and has a contract and payslips."#,
        #"She works 37 hours a week and has weekends off."#,
        #"She has been paid on time and in full every month."#,
        #"She works as a nurse and has no worries apart from the rent."#,
        #"She chose sex work herself, decides on her clients and keeps all the money."#,
        // past and over
        #"Ten years ago she was exploited on a farm; today she is safe and a Danish citizen."#,
        #"Many years ago she was sold to a brothel in Germany, but that is over now and she runs her own hair salon."#,
        #"Fifteen years ago a former boss hit him; that is over and he feels safe at his new workplace."#,
        #"She was in debt to a trafficker in 2009 but there has been no contact with him since, and she is safe today."#,
        // questions and topics
        #"A student asks about forced labour for an assignment."#,
        #"An employer asks whether an employer may keep employees' passports."#,
        #"He asks whether an employer is allowed to deduct rent from wages."#,
        #"A journalist wants to know how the centre helps victims of trafficking."#,
        #"A teacher wants to know which signs of human trafficking the school should look out for."#,
        #"A researcher asks for figures on modern slavery in Denmark."#,
        #"A woman calls to ask how to apply for a residence permit as an au pair."#,
        #"A man asks what to do if an agency asks for a fee for a job."#,
        #"She asks whether she could be arrested for working without a tax card."#,
        // someone else's child
        #"The caller, a 34-year-old woman, says her 12-year-old daughter goes to school and is doing well."#,
        #"The caller is a 45-year-old man whose 10-year-old grandson is staying with him for the holidays. There are no problems."#,
        #"My neighbour's 8-year-old son has just started school and the family is fine."#,
    ])

    /// A threat of arrest, or a question about it, is not custody (whatever else it evidences).
    static let arrestNotCustody: [Phrasing] = phrasings("not in_custody", da: [
        #"Chefen siger, at hun bliver anholdt, hvis hun forlader gården."#,
        #"Agenten truer med, at politiet vil arrestere dem, hvis de klager."#,
        #"madammen siger hun kommer i faengsel hvis hun gaar til politiet"#,
        #"Han er bange for at blive anholdt, hvis han søger hjælp."#,
        #"Hvis han stikker af, ryger han i fængsel, siger formanden."#,
        #"Hun spørger, om hun kan blive sat i detention, hvis hun melder sig selv."#,
        #"Landmanden sagde, at de bliver sendt til Ellebæk, hvis de taler med nogen."#,
        #"Manden siger, at politiet vil varetægtsfængsle hende for prostitution."#,
    ], en: [
        #"The boss says she will be arrested if she leaves the farm."#,
        #"The agent threatens that the police will arrest them if they complain."#,
        #"madam say she go to prison if she go to police"#,
        #"He is afraid of being arrested if he seeks help."#,
        #"If he runs away he'll end up in jail, the foreman says."#,
        #"She asks whether she could be put in detention if she reports herself."#,
        #"The farmer said they would be sent to Ellebæk if they talk to anyone."#,
        #"The man says the police will remand her in custody for prostitution."#,
    ])

    static let allIndicatorPhrasings: [Phrasing] = recruitment + exploitation + coercion + vulnerability

    // MARK: - Tests

    /// Prints one tab-separated line per failure (collected into PHRASING-FAILURES.md).
    static func report(_ group: String, _ p: Phrasing, _ found: String) {
        print("PHRASING-FAIL\t\(group)\t\(p.id)\t\(p.language)\t\(p.text)\t\(found)")
    }

    /// Phrasings the engine does not read yet, each with why. They stay in the tables and are checked
    /// as known issues: the test fails if one of them starts to pass, so the list stays true.
    static let knownMisses: [String: String] = [
        "Hun har kun været her i to uger, kender ingen og aner ikke, hvor i byen hun er.":
            "'aner ikke, hvor' is a negation about knowledge, which makes what follows unknown",
        "He does not know the address of the farm.": "'does not know' is a negation about knowledge",
        "She has only been here two weeks, knows no one and has no idea what part of town she is in.":
            "'has no idea' is a negation about knowledge",
        "She lives on a farm far out in the countryside and does not know the name of the nearest town.":
            "'does not know' is a negation about knowledge",
    ]

    static func check(_ group: String, _ p: Phrasing) {
        let ids = Fixtures.ids(p.text, language: p.language)
        let ok = ids.contains(p.id)
        if let reason = knownMisses[p.text] {
            withKnownIssue(Comment(rawValue: reason)) {
                #expect(ok, "\(p.id) [\(p.language)] \(p.text) -> \(ids.sorted())")
            }
            return
        }
        if !ok { report(group, p, "ids \(ids.sorted())") }
        #expect(ok, "\(p.id) [\(p.language)] \(p.text) -> \(ids.sorted())")
    }

    @Test(arguments: recruitment) func recruitmentPhrasing(_ p: Phrasing) { Self.check("recruitment", p) }
    @Test(arguments: exploitation) func exploitationPhrasing(_ p: Phrasing) { Self.check("exploitation", p) }
    @Test(arguments: coercion) func coercionPhrasing(_ p: Phrasing) { Self.check("coercion", p) }
    @Test(arguments: vulnerability) func vulnerabilityPhrasing(_ p: Phrasing) { Self.check("vulnerability", p) }

    @Test(arguments: flagPhrasings) func flagPhrasing(_ p: Phrasing) {
        let result = Fixtures.assess(p.text, language: p.language)
        let ok = result.flags.contains(p.id)
        if !ok { Self.report("flags", p, "flags \(result.flags.sorted()); ids \(result.indicators.map(\.id).sorted())") }
        #expect(ok, "\(p.id) [\(p.language)] \(p.text) -> flags \(result.flags.sorted())")
    }

    @Test(arguments: movementPhrasings) func movementPhrasing(_ p: Phrasing) {
        let result = Fixtures.assess(p.text, language: p.language)
        let signals = result.elements["act"]?.signals ?? []
        let ok = signals.contains("movement")
        if !ok { Self.report("movement", p, "act signals \(signals.sorted()); ids \(result.indicators.map(\.id).sorted())") }
        #expect(ok, "movement [\(p.language)] \(p.text) -> act signals \(signals.sorted())")
    }

    @Test(arguments: calm) func calmPhrasing(_ p: Phrasing) {
        let result = Fixtures.assess(p.text, language: p.language)
        let ids = result.indicators.map(\.id).sorted()
        let ok = ids.isEmpty && result.flags.isEmpty
        if !ok { Self.report("calm", p, "ids \(ids); flags \(result.flags.sorted())") }
        #expect(ok, "calm [\(p.language)] \(p.text) -> ids \(ids), flags \(result.flags.sorted())")
    }

    @Test(arguments: arrestNotCustody) func arrestIsNotCustody(_ p: Phrasing) {
        let result = Fixtures.assess(p.text, language: p.language)
        let ok = !result.flags.contains("in_custody")
        if !ok { Self.report("arrest_not_custody", p, "flags \(result.flags.sorted())") }
        #expect(ok, "not in_custody [\(p.language)] \(p.text) -> flags \(result.flags.sorted())")
    }

    /// Every indicator of the catalog has at least eight phrasings per language, and every phrasing names one.
    @Test func everyIndicatorIsCovered() {
        let catalogIds = Set(Fixtures.catalog.indicators.map(\.id))
        for id in catalogIds.sorted() {
            for language in ["da", "en"] {
                let n = Self.allIndicatorPhrasings.filter { $0.id == id && $0.language == language }.count
                #expect(n >= 8, "\(id) has \(n) \(language) phrasings")
            }
        }
        for p in Self.allIndicatorPhrasings { #expect(catalogIds.contains(p.id), "unknown indicator \(p.id)") }
        for group in [Self.flagPhrasings, Self.movementPhrasings, Self.arrestNotCustody] {
            for id in Set(group.map(\.id)) {
                for language in ["da", "en"] {
                    #expect(group.filter { $0.id == id && $0.language == language }.count >= 8, "\(id) \(language)")
                }
            }
        }
        #expect(Self.calm.filter { $0.language == "da" }.count >= 30)
        #expect(Self.calm.filter { $0.language == "en" }.count >= 30)
    }
}
