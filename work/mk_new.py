"""Writes new.jsonl: the three cond36 articles, annotated by the guide."""
import json

def rel(s, r, o, cond=None, attr=None, modality=None, negated=False):
    return {"subject": s, "relation": r, "object": o, "negated": negated,
            "modality": modality or ("conditional" if cond else "asserted"),
            "attributed_to": attr, "condition": cond}

docs = []

# 1. ceasefire terms, both sides and mediators
t1 = """Sudan truce hinges on withdrawal from cities, both sides say

JEDDAH, May 14 (Wire) - Sudan's army said on Tuesday it would agree to a seven-day ceasefire with the Rapid Support Forces only if the paramilitary group pulled its fighters out of residential areas of Khartoum.

General Abdel Fattah al-Burhan, the army chief, told reporters the military would halt air strikes on RSF positions provided the paramilitary group released the civilians it holds in Omdurman. "We will not stop while they occupy people's homes," he said.

The RSF rejected the army's demand. Its commander, Mohamed Hamdan Dagalo, said his forces would withdraw from the capital's neighbourhoods in exchange for the army lifting its blockade of fuel deliveries to Darfur. Otherwise, he warned, the RSF would attack army bases in El Obeid.

Saudi Foreign Minister Prince Faisal bin Farhan said Riyadh would finance the reconstruction of Sudan's hospitals as long as both sides respected the truce. U.S. envoy Tom Perriello said Washington would impose sanctions on commanders of both the army and the RSF unless attacks on aid convoys stopped.

Egypt, which backs the army, urged the RSF to accept the terms.

Advertisement

Share this article   Copy link"""
C1 = "the paramilitary group pulled its fighters out of residential areas of Khartoum"
C2 = "the paramilitary group released the civilians it holds in Omdurman"
C3 = "the army lifting its blockade of fuel deliveries to Darfur"
C4 = "both sides respected the truce"
C5 = "attacks on aid convoys stopped"
A, R = "Sudan's army", "Rapid Support Forces"
docs.append({"id": "cond36-1", "lang": "en", "register": "wire", "text": t1,
  "entities": [
    {"name": "Sudan", "type": "State", "aliases": ["Sudan"]},
    {"name": A, "type": "Group", "country": "Sudan", "sector": "military",
     "aliases": ["Sudan's army", "the army", "the military"]},
    {"name": R, "type": "Group", "country": "Sudan", "sector": "rebels",
     "aliases": ["Rapid Support Forces", "the paramilitary group", "RSF", "the RSF"]},
    {"name": "Abdel Fattah al-Burhan", "type": "Person", "aliases": ["General Abdel Fattah al-Burhan"]},
    {"name": "Mohamed Hamdan Dagalo", "type": "Person", "aliases": ["Mohamed Hamdan Dagalo"]},
    {"name": "Saudi Arabia", "type": "State", "aliases": ["Saudi", "Riyadh"]},
    {"name": "Faisal bin Farhan", "type": "Person", "aliases": ["Saudi Foreign Minister Prince Faisal bin Farhan", "Prince Faisal bin Farhan"]},
    {"name": "United States", "type": "State", "aliases": ["U.S.", "Washington"]},
    {"name": "Tom Perriello", "type": "Person", "aliases": ["U.S. envoy Tom Perriello", "Tom Perriello"]},
    {"name": "Egypt", "type": "State", "aliases": ["Egypt"]}],
  "relations": [
    rel(A, "agreesWith", R, C1), rel(A, "demands", R, C1),
    rel("Abdel Fattah al-Burhan", "leaderOf", A),
    rel(A, "concedes", R, C2, attr="Abdel Fattah al-Burhan"),
    rel(R, "rejects", A),
    rel("Mohamed Hamdan Dagalo", "leaderOf", R),
    rel(R, "concedes", A, C3, attr="Mohamed Hamdan Dagalo"),
    rel(R, "demands", A, C3, attr="Mohamed Hamdan Dagalo"),
    rel(R, "threatens", A, C3, attr="Mohamed Hamdan Dagalo"),
    rel("Faisal bin Farhan", "affiliatedWith", "Saudi Arabia"),
    rel("Saudi Arabia", "aids", "Sudan", C4, attr="Faisal bin Farhan"),
    rel("Saudi Arabia", "demands", A, C4, attr="Faisal bin Farhan"),
    rel("Saudi Arabia", "demands", R, C4, attr="Faisal bin Farhan"),
    rel("Tom Perriello", "affiliatedWith", "United States"),
    rel("United States", "threatens", A, C5, attr="Tom Perriello"),
    rel("United States", "threatens", R, C5, attr="Tom Perriello"),
    rel("United States", "demands", A, C5, attr="Tom Perriello"),
    rel("United States", "demands", R, C5, attr="Tom Perriello"),
    rel("Egypt", "supports", A),
    rel("Egypt", "requests", R)]})

# 2. business: regulator, union, lender
t2 = """EU sets terms for Vantor's Ridgeline takeover as union threatens walkout

BRUSSELS, Oct 2 (Wire) - The European Commission said on Thursday it would approve the 9-billion-euro takeover of Ridgeline Steel by Vantor Group only if Vantor sold Ridgeline's rolling mill in Ghent to a rival buyer, one of the toughest remedies the regulator has set in years.

Competition Commissioner Teresa Ribera said the Commission would close its in-depth probe of Ridgeline's pricing as long as Ridgeline kept supplying independent carmakers on the same terms for five years.

Vantor's chief executive, Lars Olofsson, said the company accepted the divestment but called the Commission's supply remedy "excessive and unworkable".

The IndustriAll union federation threatened on Friday to call a strike at all of Vantor's European plants unless Vantor guaranteed that no jobs would be cut before 2029. "Without that pledge, the furnaces stop," said its general secretary, Judith Kirton-Darling. Italy's FIOM metalworkers' union backed the strike call.

Financing hinges on lenders too. BNP Paribas agreed to extend a 4-billion-euro bridge loan to Vantor on condition that the company cut its debt below three times earnings within two years. Deutsche Bank, which had been in the lending syndicate, pulled out last week.

Berlin said it would not block the deal provided Vantor kept Ridgeline's Duisburg plant open.

Cookie settings | Accept all | Subscribe for full access"""
V, RS, EC = "Vantor Group", "Ridgeline Steel", "European Commission"
docs.append({"id": "cond36-2", "lang": "en", "register": "wire", "text": t2,
  "entities": [
    {"name": EC, "type": "IntergovernmentalOrganization", "aliases": ["The European Commission", "the Commission", "the regulator", "EU"]},
    {"name": V, "type": "Organization", "aliases": ["Vantor Group", "Vantor", "the company"]},
    {"name": RS, "type": "Organization", "aliases": ["Ridgeline Steel", "Ridgeline"]},
    {"name": "Teresa Ribera", "type": "Person", "aliases": ["Competition Commissioner Teresa Ribera"]},
    {"name": "Lars Olofsson", "type": "Person", "aliases": ["Lars Olofsson"]},
    {"name": "IndustriAll", "type": "Organization", "sector": "labour", "aliases": ["The IndustriAll union federation", "IndustriAll"]},
    {"name": "Judith Kirton-Darling", "type": "Person", "aliases": ["Judith Kirton-Darling"]},
    {"name": "FIOM", "type": "Organization", "country": "Italy", "sector": "labour", "aliases": ["Italy's FIOM metalworkers' union", "FIOM"]},
    {"name": "Italy", "type": "State", "aliases": ["Italy"]},
    {"name": "BNP Paribas", "type": "Organization", "aliases": ["BNP Paribas"]},
    {"name": "Deutsche Bank", "type": "Organization", "aliases": ["Deutsche Bank"]},
    {"name": "Germany", "type": "State", "aliases": ["Berlin"]}],
  "relations": [
    rel(EC, "concedes", V, "Vantor sold Ridgeline's rolling mill in Ghent to a rival buyer"),
    rel(EC, "demands", V, "Vantor sold Ridgeline's rolling mill in Ghent to a rival buyer"),
    rel("Teresa Ribera", "affiliatedWith", EC),
    rel(EC, "investigates", RS),
    rel(EC, "concedes", RS, "Ridgeline kept supplying independent carmakers on the same terms for five years", attr="Teresa Ribera"),
    rel(EC, "demands", RS, "Ridgeline kept supplying independent carmakers on the same terms for five years", attr="Teresa Ribera"),
    rel("Lars Olofsson", "leaderOf", V),
    rel(V, "concedes", EC, attr="Lars Olofsson"),
    rel(V, "criticizes", EC, attr="Lars Olofsson"),
    rel("IndustriAll", "threatens", V, "Vantor guaranteed that no jobs would be cut before 2029"),
    rel("IndustriAll", "demands", V, "Vantor guaranteed that no jobs would be cut before 2029"),
    rel("Judith Kirton-Darling", "leaderOf", "IndustriAll"),
    rel("FIOM", "supports", "IndustriAll"),
    rel("BNP Paribas", "aids", V, "the company cut its debt below three times earnings within two years"),
    rel("BNP Paribas", "demands", V, "the company cut its debt below three times earnings within two years"),
    rel("Germany", "concedes", V, "Vantor kept Ridgeline's Duisburg plant open"),
    rel("Germany", "demands", V, "Vantor kept Ridgeline's Duisburg plant open")]})

# 3. Italian: the government's conditions to a company and a region
t3 = """Acciaierie di Piombino, il governo detta le condizioni a Steelcorp: «Aiuti solo con il piano verde»

ROMA – Il governo è pronto a concedere 400 milioni di euro di garanzie pubbliche a Steelcorp Italia, ma solo se il gruppo presenterà entro marzo un piano di decarbonizzazione dell'impianto di Piombino. Lo ha detto ieri il ministro delle Imprese Adolfo Urso al termine dell'incontro a Palazzo Piacentini con i vertici dell'azienda.

«Invitalia entrerà nel capitale di Steelcorp in cambio di un posto nel consiglio di amministrazione», ha spiegato Urso. E ha aggiunto: «Steelcorp mantenga tutti i 2.300 dipendenti, altrimenti commissarieremo l'azienda».

L'amministratore delegato di Steelcorp, Marco Ferretti, ha respinto la richiesta di Invitalia, definendola «un esproprio mascherato».

Sul fronte regionale, la premier Giorgia Meloni ha scritto al presidente della Regione Toscana, Eugenio Giani, che sbloccherà i fondi del Pnrr per il porto di Piombino a patto che la Regione approvi entro l'estate la variante urbanistica per il rigassificatore. Giani ha criticato la lettera della premier: «Un ricatto inaccettabile». In serata la Regione ha fatto sapere che approverà la variante solo se il governo finanzierà anche le bonifiche dell'area.

La Fiom-Cgil ha minacciato uno sciopero di otto ore in tutti gli stabilimenti del gruppo se Steelcorp confermerà i 400 esuberi annunciati a gennaio. Il sindacato ha invece accolto con favore la linea del ministro.

© Riproduzione riservata

Leggi anche: Ilva, il nodo dell'altoforno"""
S, RT = "Steelcorp Italia", "Regione Toscana"
docs.append({"id": "cond36-3", "lang": "it", "register": "press", "text": t3,
  "entities": [
    {"name": "Italy", "type": "State", "aliases": ["Il governo", "il governo"]},
    {"name": S, "type": "Organization", "aliases": ["Steelcorp Italia", "Steelcorp", "il gruppo", "l'azienda"]},
    {"name": "Adolfo Urso", "type": "Person", "aliases": ["il ministro delle Imprese Adolfo Urso", "Urso", "il ministro", "ministro"]},
    {"name": "Invitalia", "type": "Organization", "country": "Italy", "sector": "government", "aliases": ["Invitalia"]},
    {"name": "Marco Ferretti", "type": "Person", "aliases": ["Marco Ferretti"]},
    {"name": "Giorgia Meloni", "type": "Person", "aliases": ["la premier Giorgia Meloni", "Giorgia Meloni", "premier"]},
    {"name": RT, "type": "Organization", "country": "Italy", "sector": "government", "aliases": ["Regione Toscana", "la Regione", "Regione"]},
    {"name": "Eugenio Giani", "type": "Person", "aliases": ["Eugenio Giani", "Giani"]},
    {"name": "Fiom-Cgil", "type": "Organization", "country": "Italy", "sector": "labour", "aliases": ["La Fiom-Cgil", "Fiom-Cgil", "Il sindacato"]}],
  "relations": [
    rel("Italy", "aids", S, "il gruppo presenterà entro marzo un piano di decarbonizzazione dell'impianto di Piombino", attr="Adolfo Urso"),
    rel("Italy", "demands", S, "il gruppo presenterà entro marzo un piano di decarbonizzazione dell'impianto di Piombino", attr="Adolfo Urso"),
    rel("Adolfo Urso", "affiliatedWith", "Italy"),
    rel("Adolfo Urso", "consults", S),
    rel("Invitalia", "aids", S, "un posto nel consiglio di amministrazione", attr="Adolfo Urso"),
    rel("Invitalia", "demands", S, "un posto nel consiglio di amministrazione", attr="Adolfo Urso"),
    rel("Adolfo Urso", "threatens", S, "Steelcorp mantenga tutti i 2.300 dipendenti"),
    rel("Adolfo Urso", "demands", S, "Steelcorp mantenga tutti i 2.300 dipendenti"),
    rel("Marco Ferretti", "leaderOf", S),
    rel("Marco Ferretti", "rejects", "Invitalia"),
    rel("Marco Ferretti", "criticizes", "Invitalia"),
    rel("Giorgia Meloni", "leaderOf", "Italy"),
    rel("Giorgia Meloni", "concedes", RT, "la Regione approvi entro l'estate la variante urbanistica per il rigassificatore"),
    rel("Giorgia Meloni", "demands", RT, "la Regione approvi entro l'estate la variante urbanistica per il rigassificatore"),
    rel("Eugenio Giani", "leaderOf", RT),
    rel("Eugenio Giani", "criticizes", "Giorgia Meloni"),
    rel(RT, "concedes", "Italy", "il governo finanzierà anche le bonifiche dell'area"),
    rel(RT, "demands", "Italy", "il governo finanzierà anche le bonifiche dell'area"),
    rel("Fiom-Cgil", "threatens", S, "Steelcorp confermerà i 400 esuberi annunciati a gennaio"),
    rel("Fiom-Cgil", "demands", S, "Steelcorp confermerà i 400 esuberi annunciati a gennaio"),
    rel("Fiom-Cgil", "praises", "Adolfo Urso")]})

for d in docs:
    names = {e["name"] for e in d["entities"]}
    for e in d["entities"]:
        for a in e["aliases"]:
            assert a in d["text"], (d["id"], a)
    for r in d["relations"]:
        assert r["subject"] in names and r["object"] in names, r
        assert r["condition"] is None or r["condition"] in d["text"], r["condition"]
    print(d["id"], len(d["relations"]), sum(1 for r in d["relations"] if r["condition"]))
with open("/tmp/r36/cond/new.jsonl", "w") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
