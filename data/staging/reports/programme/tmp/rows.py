# practice rows: (practice, kind, district, dtype, label_de, label_en, desc_de, desc_en, start, end, programme, partners, themes, targets, source, [evidence...])
L='landkreis'
R=[]
def r(*a): R.append(a)

# ---------------- Goslar
r('goslar-integrations-und-teilhabekonzept','Project','Goslar',L,
 'Integrations- und Teilhabekonzept','Integration and participation concept',
 'Erste Antworten wurden gefunden – nun wird bis Anfang 2019 ein Integrations- und Teilhabekonzept erarbeitet. Unterstützt wird der Landkreis bei diesem Vorhaben von der Robert Bosch Stiftung und Ramboll Management Consulting im Programm Land.Zuhause.Zukunft.',
 'First answers were found; an integration and participation concept is now being drafted by early 2019. The district is supported in this by the Robert Bosch Stiftung and Ramboll Management Consulting in the Land.Zuhause.Zukunft programme.',
 '','2019','land-zuhause-zukunft','Robert Bosch Stiftung;Ramboll Management Consulting','local-integration social-cohesion civic-engagement','newcomers people-with-migration-background','GS-LZZ',
 ['Kreisverwaltung erarbeitet mit Partnern ein Integrations- und Teilhabekonzept','Diese Frage wurde am 30. November 2018 während einer Dialogveranstaltung im Kreishaus diskutiert.','nun wird bis Anfang 2019 ein Integrations- und Teilhabekonzept erarbeitet. Unterstützt wird der Landkreis bei diesem Vorhaben von der Robert Bosch Stiftung und Ramboll Management Consulting im Programm Land.Zuhause.Zukunft.','der Landkreis entschied sich für einen offenen Beteiligungsprozess'])
r('goslar-integrationszentrum','Practice','Goslar',L,
 'Integrationszentrum','Integration centre',
 'Das Integrationszentrum soll eine Zwischenstation vom Zeitpunkt des Eintreffens im Landkreis Goslar bis zur Unterbringung in Einzelwohnungen sein. Damit kann die Zeit von der Ankunft bis zu einer Bereitstellung und Ausstattung einer Wohnung direkt für die ersten Integrationsangebote, besonders für Sprach- und Kulturkurse genutzt werden.',
 'The integration centre is meant to be an intermediate station from arrival in the district of Goslar until accommodation in individual flats, so that the time until a flat is provided can be used directly for first integration offers, especially language and culture courses.',
 '2016-02-01','','','Zu Gast bei Freunden;ZGbF GmbH','housing language labour-market local-integration','refugees','GS-IZ2',
 ['Das Hotel Harzlodge wird ab dem 1. Februar 2016 zum Integrationszentrum.','hat der Landkreis Goslar mit der Betreibergesellschaft "Zu Gast bei Freunden", ZGbF GmbH,  in Gründung die ersten Rahmenverträge für die Errichtung eines Integrationszentrums geschlossen','Das Integrationszentrum soll eine Zwischenstation vom Zeitpunkt des Eintreffens im Landkreis Goslar bis zur Unterbringung in Einzelwohnungen sein.','besonders für Sprach- und Kulturkurse genutzt werden','Ab dem 1. Februar soll das Angebot starten.'])
r('goslar-integrationsleitlinie','Practice','Goslar',L,
 'Leitlinie zum Integrationsverständnis','Guideline on the understanding of integration',
 '2019 wurde in einem beteiligungsorientierten Verfahren eine gemeinsame Leitlinie zum Integrationsverständnis verfasst und vom Kreistag im Juli 2019 beschlossen.',
 'In 2019 a joint guideline on the understanding of integration was written in a participatory process and adopted by the district council in July 2019.',
 '2019-07','','','','local-integration social-cohesion','newcomers people-with-migration-background','GS-LEIT',
 ['Der Landkreis Goslar versteht Integration als gesamtgesellschaftliche Aufgabe','2019 wurde in einem beteiligungsorientierten Verfahren eine gemeinsame Leitlinie zum Integrationsverständnis verfasst und vom Kreistag im Juli 2019 beschlossen.','Unsere Integrationsleitlinien: Leitlinien'])
r('goslar-fachgruppe-integration','Practice','Goslar',L,
 'Fachgruppe Integration','Integration team (Fachgruppe Integration)',
 'Der Integrationsprozess ist mit der Unterbringung in der eigenen Wohnung für die meisten Zuwanderer nicht zu Ende, sondern fängt erst an. Um die Willkommenskultur nachhaltig zu gestalten, sowie Erst- und Folgeintegration möglich zu machen, stellen die Mitarbeiterinnen der Fachgruppe Integration folgende Leistungen zu',
 'For most immigrants the integration process does not end with moving into their own flat but only begins. To make the welcome culture sustainable and to enable initial and follow-up integration, the staff of the integration team provide the following services (list cut off in the stored text).',
 '','','','','local-integration public-service','newcomers','GS-LEIT',
 ['Integration von Neuzugewanderten','Der Landkreis Goslar versteht Integration als gesamtgesellschaftliche Aufgabe','Um die Willkommenskultur nachhaltig zu gestalten, sowie Erst- und Folgeintegration möglich zu machen, stellen die Mitarbeiterinnen der Fachgruppe Integration folgende Leistungen zu'])
r('goslar-integrationskonferenz','Practice','Goslar',L,
 'Integrationskonferenz','Integration conference',
 '„Migration ist Vielfalt. Gemeinsam Impulse setzen“, dafür warb Landrat Thomas Brych jetzt bei der zweiten Integrationskonferenz des Landkreises. 86 Akteure, die das Thema Integration zum Teil tagtäglich anpacken, trafen sich jetzt im Kreishaus.',
 '“Migration is diversity. Setting impulses together”: District Administrator Thomas Brych promoted this at the district’s second integration conference, where 86 actors working on integration met in the district office.',
 '','','','','local-integration civic-engagement','refugees','GS-KONF',
 ['Landkreis Goslar veranstaltet zweite Integrationskonferenz / Mehr Vernetzung gefordert','dafür warb Landrat Thomas Brych jetzt bei der zweiten Integrationskonferenz des Landkreises. 86 Akteure, die das Thema Integration zum Teil tagtäglich anpacken, trafen sich jetzt im Kreishaus.'])
r('goslar-vorstudie-robert-bosch-stiftung','Project','Goslar',L,
 'Vorstudie der Robert Bosch Stiftung „Integration von Flüchtlingen in kleineren und mittleren Kommunen“','Robert Bosch Stiftung preliminary study “Integration of refugees in small and medium-sized municipalities”',
 'Der Landkreis nimmt zusammen mit dem Nachbarkreis Harz an einer Vorstudie der Robert Bosch Stiftung „Integration von Flüchtlingen in kleineren und mittleren Kommunen“ teil. Ziel der Studie ist die Ausgestaltung eines Förderprogramms, mit dem kommunale Entscheidungsträger aus Politik und Verwaltung, Wirtschaft und Zivilgesellschaft bei der Aufgabe der Integration und Teilhabe von Flüchtlingen unterstützt werden sollen.',
 'Together with the neighbouring district of Harz, the district takes part in a Robert Bosch Stiftung preliminary study on integrating refugees in small and medium-sized municipalities; the study aims to design a funding programme supporting local decision-makers in integrating refugees.',
 '','','','Robert Bosch Stiftung','local-integration','refugees municipalities','GS-BOSCH',
 ['Der Landkreis nimmt zusammen mit dem Nachbarkreis Harz an einer Vorstudie der Robert Bosch Stiftung „Integration von Flüchtlingen in kleineren und mittleren Kommunen“ teil.','Ziel der Studie ist die Ausgestaltung eines Förderprogramms','Landkreis Goslar'])
# ---------------- Harz
r('harz-vorstudie-robert-bosch-stiftung','Project','Harz',L,
 'Vorstudie der Robert Bosch Stiftung „Integration von Flüchtlingen in kleineren und mittleren Kommunen“','Robert Bosch Stiftung preliminary study “Integration of refugees in small and medium-sized municipalities”',
 'Der Landkreis nimmt zusammen mit dem Nachbarkreis Harz an einer Vorstudie der Robert Bosch Stiftung „Integration von Flüchtlingen in kleineren und mittleren Kommunen“ teil.',
 'The district of Goslar takes part, together with the neighbouring district of Harz, in a Robert Bosch Stiftung preliminary study on integrating refugees in small and medium-sized municipalities.',
 '','','','Robert Bosch Stiftung','local-integration','refugees municipalities','GS-BOSCH',
 ['Der Landkreis nimmt zusammen mit dem Nachbarkreis Harz an einer Vorstudie der Robert Bosch Stiftung „Integration von Flüchtlingen in kleineren und mittleren Kommunen“ teil.','Ziel der Studie ist die Ausgestaltung eines Förderprogramms'])
r('harz-koordinierungsstelle-fuer-migration','Practice','Harz',L,
 'Koordinierungsstelle für Migration','Coordination office for migration',
 'Die seit Jahren bestehende Koordinationsstelle für Migration hat sich im Landkreis Harz etabliert und ist im Jahr 2016 aufgestockt wurden. Sie vernetzen und koordinieren die Integrationsarbeit und fördern das ehrenamtliche Engagement, insbesondere im Zusammenhang mit den Integrationslotsen.',
 'The long-standing coordination office for migration is established in the district of Harz and was enlarged in 2016; its staff network and coordinate integration work and promote volunteering, especially with the integration guides.',
 '','','','','local-integration civic-engagement','refugees newcomers','HZ-KOORD',
 ['Koordinierungsstelle für Migration im Landkreis Harz','Die seit Jahren bestehende Koordinationsstelle für Migration hat sich im Landkreis Harz etabliert und ist im Jahr 2016 aufgestockt wurden.','Sie vernetzen und koordinieren die Integrationsarbeit und fördern das ehrenamtliche Engagement, insbesondere im Zusammenhang mit den Integrationslotsen.','die Pflege und der Ausbau des lokalen Netzwerkes Integration im Landkreis Harz'])
r('harz-integrationslotsen','Practice','Harz',L,
 'ehrenamtliche Integrationslotsen','Volunteer integration guides',
 'Sie arbeiten auf Augenhöhe mit 33 ehrenamtlichen Integrationslotsen im Landkreis Harz zusammen. Die Integrationslotsen unterstützen die Mitarbeiter in ihrem Betreuungsauftrag auf vielfältigste Weise.',
 'The district’s social workers work on an equal footing with 33 volunteer integration guides in the district of Harz, who support them in many ways in their care work.',
 '','','','','civic-engagement local-integration','refugees','HZ-KOORD',
 ['Sie arbeiten auf Augenhöhe mit 33 ehrenamtlichen Integrationslotsen im Landkreis Harz zusammen. Die Integrationslotsen unterstützen die Mitarbeiter in ihrem Betreuungsauftrag auf vielfältigste Weise.','Koordinierungsstelle für Migration im Landkreis Harz'])
r('harz-foerderung-ehrenamt-teilhabe','Practice','Harz',L,
 'finanzielle Unterstützung zur Förderung des ehrenamtlichen Engagements','Financial support for volunteer engagement',
 'Ehrenamtlich Engagierte haben die  Möglichkeit eine finanzielle Unterstützung zur Förderung ihres ehrenamtlichen Engagements und/oder zur Stärkung des Ehrenamts zur Teilhabe von Neuzuwanderern am gesellschaftlichen Leben zu beantragen.',
 'Volunteers can apply for financial support to promote their volunteer engagement and/or to strengthen volunteering for newcomers’ participation in social life.',
 '','','','','civic-engagement social-cohesion','newcomers','HZ-KOORD',
 ['Ehrenamtlich Engagierte haben die  Möglichkeit eine finanzielle Unterstützung zur Förderung ihres ehrenamtlichen Engagements und/oder zur Stärkung des Ehrenamts zur Teilhabe von Neuzuwanderern am gesellschaftlichen Leben zu beantragen.','erhalten bei der  Koordinierungsstelle für Migration','Koordinierungsstelle für Migration im Landkreis Harz'])
r('harz-netzwerk-integration','Practice','Harz',L,
 'Netzwerk für Integration im Harzkreis','Integration network of the Harz district',
 'Das Netzwerk für Integration im Harzkreis hatte sich im April 2008 unter Schirmherrschaft von Landrat Michael Ermrich ( CDU ) gegründet. Seitdem sind Leitlinien erarbeitet und Arbeitsgruppen gebildet worden.',
 'The integration network of the Harz district was founded in April 2008 under the patronage of District Administrator Michael Ermrich; since then guidelines have been drafted and working groups formed.',
 '2008-04','','','','local-integration civic-engagement','people-with-migration-background','HZ-NETZ',
 ['Das Netzwerk für Integration im Harzkreis hatte sich im April 2008 unter Schirmherrschaft von Landrat Michael Ermrich ( CDU ) gegründet. Seitdem sind Leitlinien erarbeitet und Arbeitsgruppen gebildet worden.','Die drei Themengruppen Arbeit / Ausbildung / Wirtschaft, Gemeinwesen und Bildung'])
r('harz-netzstelle-fuer-integration','Practice','Harz',L,
 'Netzstelle für Integration','Integration network office',
 'Die Netzstelle für Integration wurde im September 2008 beim Landratsamt eingerichtet und wird von Herma Alpermann geleitet.',
 'The integration network office was set up at the district office in September 2008 and is headed by Herma Alpermann.',
 '2008-09','','','','local-integration public-service','people-with-migration-background','HZ-NETZ',
 ['Die Netzstelle für Integration wurde im September 2008 beim Landratsamt eingerichtet und wird von Herma Alpermann geleitet.','Harzkreis'])
r('harz-integrationskonzept','Practice','Harz',L,
 'Integrationskonzept','Integration concept',
 'Im Ergebnis der Festlegungen der Netzwerktagung 2014 wurde auf der Grundlage des Integrationsskripts und den Maßnahmeplänen ein Integrationskonzept einschließlich Anlagen für den Landkreis Harz erarbeitet.',
 'Following the decisions of the 2014 network conference, an integration concept with annexes was drawn up for the district of Harz on the basis of the integration script and the action plans.',
 '','','','','local-integration','people-with-migration-background','HZ-KONZEPT',
 ['Im Ergebnis der Festlegungen der Netzwerktagung 2014 wurde auf der Grundlage des Integrationsskripts und den Maßnahmeplänen ein Integrationskonzept einschließlich Anlagen für den Landkreis Harz erarbeitet.','Koordinierungsstelle für Migration und Ehrenamt'])
r('harz-individuelles-integrationsmonitoring','Project','Harz',L,
 'individuelles Integrationsmonitoring','Individual integration monitoring',
 'Aus dem Beratungsprozess ging als Empfehlung hervor, für die Etablierung des individuellen Integrationsmonitorings eine Projektstruktur aufzusetzen, die bei der Koordinierungsstelle für Migration des Landkreis Harz angesiedelt sein soll. Die Umsetzung des individuellen Integrationsmonitoring erfordert personelle Kapazitäten beim Landkreis Harz, die aktuell im Haushalt nicht vorgehalten werden können.',
 'The consulting process recommended setting up a project structure at the district’s coordination office for migration to establish individual integration monitoring; implementation needs staff capacity that the current budget cannot provide.',
 '','','','','local-integration public-service','newcomers','HZ-LZZ',
 ['In Zusammenarbeit mit Mitarbeitenden in der Verwaltung, Migrationsberatungen, Sprach- und Integrationskursträgern sowie anderen integrationsspezifischen Beratungsstellen wurde eine Datenbestandserfassung durchgeführt.','Aus dem Beratungsprozess ging als Empfehlung hervor, für die Etablierung des individuellen Integrationsmonitorings eine Projektstruktur aufzusetzen, die bei der Koordinierungsstelle für Migration des Landkreis Harz angesiedelt sein soll.','Die Umsetzung des individuellen Integrationsmonitoring erfordert personelle Kapazitäten beim Landkreis Harz, die aktuell im Haushalt nicht vorgehalten werden können.'])
# ---------------- Ludwigslust-Parchim
r('ludwigslust-parchim-mikroprojekte','Project','Ludwigslust-Parchim',L,
 'Mikroprojekte als Unterstützungsmöglichkeiten für ehrenamtlich engagierte Bürgerinnen und Bürger des Landkreises','Micro-projects supporting volunteering citizens of the district',
 'Hierfür wurden zwischen 2018 und 2020 gemeinnützige Mikroaktivitäten aus der Zivilgesellschaft mit einer Gesamtsumme von 10.000 Euro gefördert. Mit einer Maximalsumme von 1.000 Euro pro Antrag konnten beispielsweise Fahrtkosten für gemeinsame Ausflüge, Honorare zur Moderation bei Weiterbildungen für ehrenamtliche Engagierte, Raumkosten für gemeinsame Veranstaltungen sowie Materialien für den Deutschunterricht beantragt werden.',
 'Between 2018 and 2020, non-profit micro-activities of civil society were funded with a total of 10,000 euros; up to 1,000 euros per application could be requested, e.g. for joint trips, facilitators for volunteer training, rooms for joint events or German-teaching materials.',
 '2018','2020','land-zuhause-zukunft','Robert Bosch Stiftung','civic-engagement language social-cohesion','newcomers','LUP-LZZ',
 ['Der Fachdienst Gleichstellung, Generationen und Vielfalt der Kreisverwaltung Ludwigslust-Parchim - nimmt am Projekt „Land.Zuhause.Zukunft-Integration und Teilhabe von Neuzuwanderern in ländlichen Räumen“ der Robert Bosch Stiftung teil.','Mikroprojekte als Unterstützungsmöglichkeiten für ehrenamtlich engagierte Bürgerinnen und Bürger des Landkreises','Hierfür wurden zwischen 2018 und 2020 gemeinnützige Mikroaktivitäten aus der Zivilgesellschaft mit einer Gesamtsumme von 10.000 Euro gefördert.','Mit einer Maximalsumme von 1.000 Euro pro Antrag','der insgesamt 12 Mikroaktivitäten'])
r('ludwigslust-parchim-fd-gleichstellung-generationen-vielfalt','Practice','Ludwigslust-Parchim',L,
 'FD Gleichstellung, Generationen und Vielfalt (Migration/Integration)','Equality, Generations and Diversity service (migration/integration)',
 'Im FD Gleichstellung, Generationen und Vielfalt gibt es: • Beratung von Ausländer*innen, Bürger*innen, Ämtern, Institutionen, Verwaltungen und Kreistag mit dem Ziel der Integration von Ausländer*innen und Aussiedler*innen.',
 'The district’s Equality, Generations and Diversity service offers counselling of foreigners, citizens, offices, institutions, administrations and the district council with the aim of integrating foreigners and ethnic German resettlers; it also develops concepts, projects and initiatives.',
 '','','','','local-integration legal-status intercultural-opening','people-with-migration-background','LUP-MIG',
 ['Im FD Gleichstellung, Generationen und Vielfalt gibt es:','Beratung von Ausländer*innen, Bürger*innen, Ämtern, Institutionen, Verwaltungen und Kreistag mit dem Ziel der Integration von Ausländer*innen und Aussiedler*innen.','Erarbeitung von Konzepten, Projekten und Initiativen zur Verbesserung der Integration sowie der Lebenssituationen von ausländischen Personen.','© Landkreis Ludwigslust-Parchim'])
r('ludwigslust-parchim-ombudsfrau','Practice','Ludwigslust-Parchim',L,
 'Ombudsfrau (Beratungs- und Vermittlungseinrichtung)','Ombudswoman (advice and mediation office)',
 'Aufgaben einer Ombudsfrau (Beratungs- und Vermittlungseinrichtung) bei ausländer- und asylrechtlichen Entscheidungen, Stellungnahmen.',
 'Tasks of an ombudswoman (advice and mediation office) in decisions and statements under foreigners’ and asylum law.',
 '','','','','legal-status','refugees people-with-migration-background','LUP-MIG',
 ['Im FD Gleichstellung, Generationen und Vielfalt gibt es:','Aufgaben einer Ombudsfrau (Beratungs- und Vermittlungseinrichtung) bei ausländer- und asylrechtlichen Entscheidungen, Stellungnahmen.','© Landkreis Ludwigslust-Parchim'])
r('ludwigslust-parchim-integrationsleitlinien','Practice','Ludwigslust-Parchim',L,
 'Leitlinien (Integration)','Integration guidelines',
 'Deshalb spielt der Landkreis Ludwigslust-Parchim eine Vorreiterrolle und hat Leitlinien erarbeitet, die jetzt im zeitweiligen Ausschuss für Asyl- und Flüchtlingsangelegenheiten beraten und beschlossen wurden.',
 'The district of Ludwigslust-Parchim has drawn up integration guidelines, now discussed and adopted in the temporary committee for asylum and refugee affairs; ten guidelines cover language, education, work and more.',
 '2017-06','','','','local-integration language education labour-market','refugees people-with-migration-background','LUP-LEIT',
 ['date 2017-06','Deshalb spielt der Landkreis Ludwigslust-Parchim eine Vorreiterrolle und hat Leitlinien erarbeitet, die jetzt im zeitweiligen Ausschuss für Asyl- und Flüchtlingsangelegenheiten beraten und beschlossen wurden.','gehen zehn Leitlinien ins Detail'])
r('ludwigslust-parchim-willkommensportal','Practice','Ludwigslust-Parchim',L,
 'Willkommen in MV – Willkommen in LUP (willkommeninmv.de)','Welcome to MV – Welcome to LUP (welcome portal)',
 'Mit den Internetseiten unter „willkommeninmv.de“ setzen wir – Hand in Hand mit dem Land Mecklenburg-Vorpommern – an dieser Stelle an: Unter „willkommeninmv.de“ finden Sie alle wichtigen Informationen und Kontaktadressen in Mecklenburg-Vorpommern und bei uns im Landkre',
 'With the website willkommeninmv.de the district, hand in hand with the Land of Mecklenburg-Western Pomerania, offers newcomers all important information and contacts in the Land and in the district.',
 '','','','Land Mecklenburg-Vorpommern','local-integration public-service media','newcomers','LUP-WILL2',
 ['Willkommen in MV – Willkommen in LUP','Landrat des Landkreises Ludwigslust-Parchim Stefan Sternberg','Mit den Internetseiten unter „willkommeninmv.de“ setzen wir – Hand in Hand mit dem Land Mecklenburg-Vorpommern – an dieser Stelle an'])
# ---------------- Prignitz
r('prignitz-land-zuhause-zukunft','Project','Prignitz',L,
 'Land.Zuhause.Zukunft – Integration und Teilhabe von Neuzuwanderern in ländlichen Räumen','Land.Zuhause.Zukunft – integration and participation of newcomers in rural areas',
 'Die konkrete Umsetzung werde Anfang März mit einer Anlaufberatung beginnen, teilte der Landkreis Prignitz mit. Seitens der Verwaltung werde der Migrationsdienst die Arbeiten koordinieren.',
 'Implementation was to begin in early March with an initial consultation; within the administration the migration service coordinates the work (the concrete practice project had not yet been chosen).',
 '2018-03','2019-02','land-zuhause-zukunft','Robert Bosch Stiftung GmbH','local-integration','newcomers','PR-LZZ',
 ['Die Prignitz wurde als einer von bundesweit sechs Landkreisen in das neue Förderprogramm „Land.Zuhause.Zukunft – Integration und Teilhabe von Neuzuwanderern in ländlichen Räumen“ der Robert Bosch Stiftung GmbH aufgenommen.','Die konkrete Umsetzung werde Anfang März mit einer Anlaufberatung beginnen, teilte der Landkreis Prignitz mit. Seitens der Verwaltung werde der Migrationsdienst die Arbeiten koordinieren.','Die Prignitz wird in der Pilotphase bis Februar 2019 kontinuierlich durch einen Berater begleitet','date 2018-02'])
r('prignitz-mila-migration-im-landkreis','Practice','Prignitz',L,
 'Vernetzungstreffen „MiLa“ (Migration im Landkreis)','“MiLa” networking round (Migration in the district)',
 'Am 20. Januar lud der Migrationsfachdienst des Landkreises Prignitz zum ehemaligen "Runden Tisch Ukraine Hilfe" nun unter neuem Namen stattfindenden Vernetzungstreffen „MiLa“ (Migration im Landkreis) ein. Mit der Umbenennung soll jetzt erreicht werden, dass zukünftig alle Flüchtlinge und Zuwanderer einbezogen werden.',
 'On 20 January the district’s migration service invited to the networking meeting “MiLa”, the former “Round Table Ukraine Aid” under a new name; the renaming is meant to include all refugees and immigrants in future.',
 '2022','','','','local-integration civic-engagement','refugees newcomers','PR-MILA',
 ['Erste Vernetzungsrunde „MiLa“– Migration im Landkreis','20.01.2023','Am 20. Januar lud der Migrationsfachdienst des Landkreises Prignitz zum ehemaligen "Runden Tisch Ukraine Hilfe" nun unter neuem Namen stattfindenden Vernetzungstreffen „MiLa“ (Migration im Landkreis) ein.','Das bereits 2022 gegründete Format','Mit der Umbenennung soll jetzt erreicht werden, dass zukünftig alle Flüchtlinge und Zuwanderer einbezogen werden.'])
r('prignitz-migrationsfachdienst','Practice','Prignitz',L,
 'Migrationsfachdienst','Migration service',
 'Am 20. Januar lud der Migrationsfachdienst des Landkreises Prignitz zum ehemaligen "Runden Tisch Ukraine Hilfe" nun unter neuem Namen stattfindenden Vernetzungstreffen „MiLa“ (Migration im Landkreis) ein.',
 'The migration service of the district of Prignitz convenes the “MiLa” networking meeting (former Round Table Ukraine Aid).',
 '','','','','local-integration public-service','refugees newcomers','PR-MILA',
 ['Am 20. Januar lud der Migrationsfachdienst des Landkreises Prignitz','Denise Herper (Migrationsfachdienst LK Prignitz)'])
r('prignitz-unterbringung-in-wohnungen','Practice','Prignitz',L,
 'Unterbringung der Asylbewerber zu 100 % in Wohnungen','Housing all asylum seekers in flats',
 'Seit dem 01.07.2009 bringt der Landkreis Prignitz als einziger Landkreis die Asylbewerber zu 100 % in Wohnungen unter.',
 'Since 1 July 2009 the district of Prignitz, as the only district, houses 100% of asylum seekers in flats.',
 '2009-07-01','','','','housing','refugees','PR-WOHN',
 ['Zum 30.06.2009 wurde das Asylbewerberheim im Eichhölzer Weg in Perleberg geschlossen.','Seit dem 01.07.2009 bringt der Landkreis Prignitz als einziger Landkreis die Asylbewerber zu 100 % in Wohnungen unter.'])
# ---------------- Vogtlandkreis
r('vogtlandkreis-integrationsbeauftragte','Practice','Vogtlandkreis',L,
 'Integrationsbeauftragte des Vogtlandkreises','Integration commissioner of the Vogtlandkreis',
 'Bei der Integrationsbeauftragten des Vogtlandkreises Veronika Glitzner laufen die Fäden der Integrationsarbeit im Vogtlandkreis zusammen.',
 'The threads of integration work in the Vogtlandkreis come together with the district’s integration commissioner, Veronika Glitzner.',
 '','','','','local-integration civic-engagement','refugees','V-IB',
 ['10. Dezember 2015 - Bei der Integrationsbeauftragten laufen alle Fäden zusammen','Bei der Integrationsbeauftragten des Vogtlandkreises Veronika Glitzner laufen die Fäden der Integrationsarbeit im Vogtlandkreis zusammen.','Als Koordinatorin weiß Veronika Glitzner Rat.'])
r('vogtlandkreis-netzwerk-migration-und-fluechtlinge','Practice','Vogtlandkreis',L,
 'Netzwerk "Migration und Flüchtlinge"','“Migration and Refugees” network',
 'Das Netzwerk "Migration und Flüchtlinge" existiert seit 2008. Mittlerweile bringen sich 57 soziale, kirchliche und weitere Akteure aus dem Vogtland darin aktiv ein.',
 'The “Migration and Refugees” network has existed since 2008; 57 social, church and other actors from the Vogtland now take an active part.',
 '2008','','','','local-integration civic-engagement','refugees','V-NETZ',
 ['Netzwerk "Migration und Flüchtlinge" arbeitet gut','Das Netzwerk "Migration und Flüchtlinge" existiert seit 2008. Mittlerweile bringen sich 57 soziale, kirchliche und weitere Akteure aus dem Vogtland darin aktiv ein.','Vogtlandkreis aktuell'])
r('vogtlandkreis-willkommensbehoerde','Practice','Vogtlandkreis',L,
 '"Willkommensbehörde"','“Welcome authority”',
 'Landkreisverwaltung baut gut strukturierte "Willkommensbehörde" auf',
 'The district administration is building a well-structured “welcome authority”.',
 '','','','','public-service legal-status','refugees','V-NETZ',
 ['Landkreisverwaltung baut gut strukturierte "Willkommensbehörde" auf','Vogtlandkreis aktuell'])
# ---------------- Börde
r('boerde-amt-fuer-migration','Practice','Börde',L,
 'Amt für Migration','Migration office',
 'Das Amt für Migration wurde am 01.09.2015 gegründet. Weiterhin gehören ein Betreuungskoordinator, ein Bildungskoordinator, zwei Integrationskoordinatoren der Koordinierungsstelle für Migration und die Mitarbeiter der Querschnittsbereiche dem Amt für Migration an.',
 'The migration office was founded on 1 September 2015; besides its sections for foreigners’ affairs and asylum-seeker benefits it includes a care coordinator, an education coordinator and two integration coordinators of the coordination office for migration.',
 '2015-09-01','','','','legal-status public-service local-integration','refugees newcomers','BOE-AMT',
 ['Landkreis Börde - Amt für Migration','Das Amt für Migration wurde am 01.09.2015 gegründet.','Weiterhin gehören ein Betreuungskoordinator, ein Bildungskoordinator, zwei Integrationskoordinatoren der Koordinierungsstelle für Migration und die Mitarbeiter der Querschnittsbereiche dem Amt für Migration an.'])
r('boerde-koordinierungsstelle-fuer-migration','Practice','Börde',L,
 'Koordinierungsstelle für Migration','Coordination office for migration',
 'Weiterhin gehören ein Betreuungskoordinator, ein Bildungskoordinator, zwei Integrationskoordinatoren der Koordinierungsstelle für Migration und die Mitarbeiter der Querschnittsbereiche dem Amt für Migration an.',
 'Two integration coordinators of the coordination office for migration (as well as an education coordinator) belong to the district’s migration office.',
 '','','','','local-integration education','newcomers','BOE-AMT',
 ['zwei Integrationskoordinatoren der Koordinierungsstelle für Migration','Landkreis Börde - Amt für Migration'])
r('boerde-willkommensordner','Practice','Börde',L,
 'Willkommensordner des Amtes für Migration','Welcome folder of the migration office',
 'Auf nahezu jede Frage, die für Asylbewerber aber auch andere Ausländer, die jetzt im Landkreis Börde leben, wichtig ist, werden im neuen Willkommensordner des Amtes für Migration Antworten geliefert. Alles in dem Ordner ist zweisprachig.',
 'The migration office’s new welcome folder answers almost every question important to asylum seekers and other foreigners living in the district; everything in it is bilingual (English, French, Arabic so far).',
 '2019-01','','','Kreisvolkshochschule;DRK;AWO;Malteser','local-integration language public-service','refugees newcomers','BOE-ORDNER',
 ['date 2019-01','werden im neuen Willkommensordner des Amtes für Migration Antworten geliefert.','Alles in dem Ordner ist zweisprachig.','Derzeit ist der Ordner in englisch, französisch und arabisch erhältlich.','Dabei wurde eng mit Vertretern des Netzwerkes Migration zusammengearbeitet – darunter die Kreisvolkshochschule, das DRK, die AWO und die Malteser.','im Landkreis Börde leben'])
r('boerde-netzwerk-integration','Practice','Börde',L,
 'Netzwerk „Integration für Migrantinnen und Migranten“','Network “Integration for migrants”',
 'Der Landkreis Börde hat seit 2008 das Netzwerk „Integration für Migrantinnen und Migranten“ aufgebaut, unterstützt und gepflegt. Hier sind Vertreter aus den Kommunen, Beratungsstellen, Hilfsdiensten, Gemeinschaftsunterkünften, Vereinen, Kirchen sowie engagierte Bürger aktiv.',
 'Since 2008 the district of Börde has built, supported and maintained the network “Integration for migrants”, with representatives of municipalities, advice centres, aid services, shared accommodation, associations, churches and engaged citizens.',
 '2008','','','','local-integration civic-engagement','people-with-migration-background','BOE-NETZ',
 ['Der Landkreis Börde hat seit 2008 das Netzwerk „Integration für Migrantinnen und Migranten“ aufgebaut, unterstützt und gepflegt.','Hier sind Vertreter aus den Kommunen, Beratungsstellen, Hilfsdiensten, Gemeinschaftsunterkünften, Vereinen, Kirchen sowie engagierte Bürger aktiv.'])
r('boerde-land-zuhause-zukunft','Project','Börde',L,
 'Land.Zuhause.Zukunft','Land.Zuhause.Zukunft',
 'Der Landkreis Börde erwartet sich von der Teilnahme am Förderprogram eine Stärkung der vielfältigen Integrationsarbeit.',
 'The district of Börde expects its participation in the funding programme to strengthen its diverse integration work.',
 '','2021','land-zuhause-zukunft','Robert Bosch Stiftung GmbH;Universität Hildesheim;Ramboll','local-integration education','newcomers','BOE-LZZ',
 ['Im Programm „Land.Zuhause.Zukunft“ der Robert Bosch Stiftung GmbH in Kooperation mit der Universität Hildesheim','Bis Herbst 2021 entstehen individuelle Konzepte für erfolgreiche Integrationsarbeit und deren Umsetzung.','Der Landkreis Börde erwartet sich von der Teilnahme am Förderprogram eine Stärkung der vielfältigen Integrationsarbeit.','Projektauftakt im Programm „Land.Zuhause.Zukunft“: v.l.n.r. Claudia Niemeyer (Ramboll)','Christoph Heimel (Bildungskoordinator)'])
# ---------------- Enzkreis
r('enzkreis-zuhoeren-reden-machen','Project','Enzkreis',L,
 'Zuhören, reden, machen','Listen, talk, act',
 'Im Rahmen des Programms „Land.Zuhause.Zukunft“, gefördert von der Robert-Bosch-Stiftung, ist Hansen in den kommenden Monaten auf der Suche nach weiteren Brückenbauern aus und in die Gemeinschaft der Zugewanderten. Mit Anna-Katharina Fischer, Bildungsbeauftragte im Enzkreis, und Projektkoordinatorin Andrea Thielbeer, bildet Hansen die Steuerungsgruppe im Landratsamt.',
 'Within Land.Zuhause.Zukunft, funded by the Robert Bosch Stiftung, the district’s integration commissioner is looking for further bridge-builders from and into immigrant communities; she forms the steering group in the district office with the education commissioner and a project coordinator.',
 '','','land-zuhause-zukunft','Robert-Bosch-Stiftung','civic-engagement social-cohesion local-integration','newcomers people-with-migration-background','EZ-LZZ',
 ['Zuhören, reden, machen – ist das Motto des Enzkreises beim neuen Integrationsprogramm.','Im Rahmen des Programms „Land.Zuhause.Zukunft“, gefördert von der Robert-Bosch-Stiftung, ist Hansen in den kommenden Monaten auf der Suche nach weiteren Brückenbauern aus und in die Gemeinschaft der Zugewanderten.','bildet Hansen die Steuerungsgruppe im Landratsamt','Rund 30 dieser Vermittler haben beim Programmauftakt gestern im Landratsamt viel über den neuen Ansatz erfahren.'])
r('enzkreis-integrations-und-vielfaltskonzept-2030','Project','Enzkreis',L,
 'Integrations- und Vielfaltskonzept 2030','Integration and Diversity Concept 2030',
 'Im Rahmen des Förderprogramms „Stärkung kommunaler Strukturen – Integration vor Ort“ wird bis Ende des Jahres ein „Integrations- und Vielfaltskonzept 2030“ für den Enzkreis erstellt – ein Projekt, das von der Stabstelle Integration des Landratsamts initiiert wurde und von dieser auch federführend begleitet wird. Zentrale Elemente des Konzeptes werden die gewonnenen Erkenntnisse aus vier Pilotkommunen sein, den Gemeinden Keltern, Maulbronn, Neulingen und Wiernsheim.',
 'Under the funding programme “Strengthening municipal structures – Integration on site”, an Integration and Diversity Concept 2030 is drawn up for the Enzkreis by the end of the year, initiated and led by the district office’s integration unit; findings from four pilot municipalities are central.',
 '','2021','integration-vor-ort-bw','Büro Stadtberatung Dr. Sven Fries','local-integration social-cohesion','municipalities people-with-migration-background','EZ-IVK',
 ['11.07.2021','Im Rahmen des Förderprogramms „Stärkung kommunaler Strukturen – Integration vor Ort“ wird bis Ende des Jahres ein „Integrations- und Vielfaltskonzept 2030“ für den Enzkreis erstellt','Zentrale Elemente des Konzeptes werden die gewonnenen Erkenntnisse aus vier Pilotkommunen sein, den Gemeinden Keltern, Maulbronn, Neulingen und Wiernsheim. Unterstützt werden sie durch das Büro Stadtberatung Dr. Sven Fries.'])
r('enzkreis-stabsstelle-integration','Practice','Enzkreis',L,
 'Stabsstelle für Integration','Integration staff unit',
 'Das Projekt des Integrations- und Vielfaltskonzepts ist im Landratsamt maßgeblich angedockt bei Isabel Hansen und Katja Kraft von der Stabsstelle für Integration, gefördert wird es vom Sozialministerium in Stuttgart.',
 'Within the district office, the integration and diversity concept project is based with Isabel Hansen and Katja Kraft of the integration staff unit; it is funded by the social ministry in Stuttgart.',
 '','','','Sozialministerium','local-integration','people-with-migration-background','EZ-DIALOG',
 ['Das Projekt des Integrations- und Vielfaltskonzepts ist im Landratsamt maßgeblich angedockt bei Isabel Hansen und Katja Kraft von der Stabsstelle für Integration, gefördert wird es vom Sozialministerium in Stuttgart.','Foto: Landratsamt Enzkreis'])
r('enzkreis-amt-fuer-migration-und-fluechtlinge','Practice','Enzkreis',L,
 'Amt für Migration und Flüchtlinge','Office for Migration and Refugees',
 'Lukas Klingenberg, Leiter des Amts für Migration und Flüchtlinge im Enzkreis, mit Isabel Hansen von der Stabsstelle Integration zeigen, dass es auf dem Weg zum Integrations- und Vielfaltskonzept im Rahmen des Bürgerdialogs schon viele Ideen gibt.',
 'The head of the Enzkreis Office for Migration and Refugees and the integration unit show that the citizens’ dialogue already produced many ideas for the integration and diversity concept.',
 '','','','','legal-status public-service local-integration','refugees','EZ-DIALOG',
 ['Lukas Klingenberg, Leiter des Amts für Migration und Flüchtlinge im Enzkreis'])
r('enzkreis-integrationskonferenz','Practice','Enzkreis',L,
 'Integrationskonferenz','Integration conference',
 'Rund 100 Vertreter der Gruppen diskutierten nun im Landratsamt bei der ersten Integrationskonferenz, dem Nachfolgemodell der früheren Treffen, über die Herausforderungen in den nächsten zehn Jahren.',
 'About 100 representatives of volunteer groups discussed the challenges of the next ten years at the first integration conference in the district office, the successor to the earlier refugee conferences.',
 '','','','','civic-engagement local-integration','refugees','EZ-IKONF',
 ['Erste Integrationskonferenz: Enzkreis kurbelt die Eingliederung von Flüchtlingen an','Rund 100 Vertreter der Gruppen diskutierten nun im Landratsamt bei der ersten Integrationskonferenz, dem Nachfolgemodell der früheren Treffen, über die Herausforderungen in den nächsten zehn Jahren.','Mit fünf Flüchtlingskonferenzen im Landratsamt mobilisierte die Sozialdezernentin Katja Kreeb bis 2018'])
r('enzkreis-integrationsbeauftragte','Practice','Enzkreis',L,
 'Integrationsbeauftragte des Enzkreises','Integration commissioners of the Enzkreis',
 'Carmen Reck und Isabel Hansen, die Integrationsbeauftragten des Enzkreises, stellten den Gruppen Eckpunkte des Konzepts bis 2030 vor, für das der Kreistag grünes Licht gegeben hatte (die PZ berichtete).',
 'Carmen Reck and Isabel Hansen, the Enzkreis integration commissioners, presented to the groups the key points of the concept up to 2030 approved by the district council.',
 '','','','','local-integration','refugees people-with-migration-background','EZ-IKONF',
 ['Carmen Reck und Isabel Hansen, die Integrationsbeauftragten des Enzkreises, stellten den Gruppen Eckpunkte des Konzepts bis 2030 vor'])
# ---------------- Schwalm-Eder-Kreis
r('schwalm-eder-kreis-land-zuhause-zukunft-pilotkommunen','Project','Schwalm-Eder-Kreis',L,
 'Land.Zuhause.Zukunft (Pilotkommunen Bad Zwesten und Felsberg)','Land.Zuhause.Zukunft (pilot municipalities Bad Zwesten and Felsberg)',
 'Als Pilotkommunen wurden Bad Zwesten und Felsberg ausgewählt. Sie wurden im Mai 2020 in das Programm aufgenommen, das noch bis Mitte 2022 läuft.',
 'Bad Zwesten and Felsberg were chosen as pilot municipalities; they joined the programme in May 2020, which runs until mid-2022. It addresses immigrants and Germans who moved in from other regions.',
 '2020-05','2022','land-zuhause-zukunft','Robert-Bosch-Stiftung (RBSG);Universität Hildesheim (SUH)','local-integration civic-engagement social-cohesion','newcomers municipalities','SEK-LZZ',
 ['Der Schwalm-Eder-Kreis ist der einzige hessische Landkreis, der Teil des Programms „Land.Zuhause.Zukunft – Integration und Teilhabe von Neuzuwanderern in ländlichen Räumen“ ist.','Mit diesem unterstützen die Robert-Bosch-Stiftung (RBSG) und die Universität Hildesheim (SUH)','Als Pilotkommunen wurden Bad Zwesten und Felsberg ausgewählt. Sie wurden im Mai 2020 in das Programm aufgenommen, das noch bis Mitte 2022 läuft.','Ansprechpartner ist Andre Teumer-Weißenborn, WIR-Fallmanager des Schwalm-Eder-Kreises'])
r('schwalm-eder-kreis-wir-fallmanagement','Practice','Schwalm-Eder-Kreis',L,
 'WIR-Fallmanager','WIR case manager',
 'Ansprechpartner ist Andre Teumer-Weißenborn, WIR-Fallmanager des Schwalm-Eder-Kreises und damit Integrationsexperte.',
 'The contact person is the WIR case manager of the Schwalm-Eder-Kreis, the district’s integration expert.',
 '','','wir','','local-integration','newcomers','SEK-LZZ',
 ['André Teumer-Weißenborn, WIR-Fallmanager beim Schwalm-Eder-Kreis','Ansprechpartner ist Andre Teumer-Weißenborn, WIR-Fallmanager des Schwalm-Eder-Kreises und damit Integrationsexperte.'])
r('schwalm-eder-kreis-hauptamtliches-koordinationstreffen','Practice','Schwalm-Eder-Kreis',L,
 'Hauptamtliches Koordinationstreffen','Coordination meeting of full-time staff',
 'Seit sechs Jahren findet im Schwalm-Eder-Kreis das „Hauptamtliche Koordinationstreffen“ statt. Es richtet sich an hauptamtliche Mitarbeitende aus Städten und Gemeinden, Bürgermeisterinnen und Bürgermeister, gemeinnützige Organisationen, Bildungsträger und Gemeinwesenarbeitende.',
 'For six years the Schwalm-Eder-Kreis has held a coordination meeting for full-time staff of towns and municipalities, mayors, non-profits, education providers and community workers; originally on refugees, since 2020 also on EU immigration.',
 '','','','','local-integration','refugees municipalities','SEK-KOORD',
 ['Seit sechs Jahren findet im Schwalm-Eder-Kreis das „Hauptamtliche Koordinationstreffen“ statt.','Es richtet sich an hauptamtliche Mitarbeitende aus Städten und Gemeinden, Bürgermeisterinnen und Bürgermeister, gemeinnützige Organisationen, Bildungsträger und Gemeinwesenarbeitende.','Im Jahr 2020 wurde die EU-Zuwanderung mit aufgenommen.'])
r('schwalm-eder-kreis-wir-vielfaltszentrum','Practice','Schwalm-Eder-Kreis',L,
 'WIR-Vielfaltszentrum','WIR diversity centre',
 'Weitere Informationen zur Integrationsarbeit gibt es bei der WIR-Koordinatorin Adriana Reitz.',
 'Further information on integration work is available from the WIR coordinator (WIR diversity centre of the district administration).',
 '','','wir','','local-integration','people-with-migration-background','SEK-KOORD',
 ['Weitere Informationen zur Integrationsarbeit gibt es bei der WIR-Koordinatorin Adriana Reitz.','Adriana Reitz (WIR-Vielfaltszentrum Kreisverwaltung)'])
# ---------------- Uckermark
r('uckermark-integrationsbeauftragter','Practice','Uckermark',L,
 'hauptamtlicher Integrationsbeauftragter','Full-time integration commissioner',
 'Zu seinen Aufgaben zählen die Bildung und Vernetzung von Arbeitskreisen und Arbeitsgruppen, die Unterstützung von Behörden bei Problemlagen, Bürgersprechstunden, die Beratung und Begleitung von Vereinen und Willkommensinitiativen, die Vernetzung von lokalen Integrationsbeauftragten im Ehrenamt sowie die Unterstützung von Migrationssozialarbeit.',
 'The full-time integration commissioner’s tasks include forming and networking working groups, supporting authorities, citizens’ consultation hours, advising associations and welcome initiatives, networking volunteer local integration commissioners and supporting migration social work.',
 '','','','','local-integration civic-engagement','refugees','UM-IB',
 ['Landrat Dietmar Schulze will Stefan Krüger als neuen hauptamtlichen Integrationsbeauftragten für die Uckermark einsetzen.','Zu seinen Aufgaben zählen die Bildung und Vernetzung von Arbeitskreisen und Arbeitsgruppen, die Unterstützung von Behörden bei Problemlagen, Bürgersprechstunden, die Beratung und Begleitung von Vereinen und Willkommensinitiativen, die Vernetzung von lokalen Integrationsbeauftragten im Ehrenamt sowie die Unterstützung von Migrationssozialarbeit.'])
r('uckermark-integrationskonzept','Practice','Uckermark',L,
 'Integrationskonzept für den Landkreis Uckermark','Integration concept for the district of Uckermark',
 'Bis zum 31.12.2023 ist zudem ein Integrationskonzept für den Landkreis Uckermark auszuarbeiten, damit es in der ersten Sitzung des Kreistages in 2024 verabschiedet werden kann.',
 'By 31 December 2023 an integration concept for the district of Uckermark is to be drafted so that it can be adopted at the district council’s first session in 2024 (council resolution AN/145/2023 of 27 September 2023).',
 '2023-09-27','','','','local-integration labour-market','refugees','UM-KONZ',
 ['Bis zum 31.12.2023 ist zudem ein Integrationskonzept für den Landkreis Uckermark auszuarbeiten, damit es in der ersten Sitzung des Kreistages in 2024 verabschiedet werden kann.','Der Kreistag hat dem Antrag AN/145/2023 am 27.9.2023 mehrheitlich zugestimmt.'])
# ---------------- Weilheim-Schongau
r('weilheim-schongau-zugaenge-schaffen','Project','Weilheim-Schongau',L,
 'Zugänge schaffen','Creating access',
 'Die Bewerbung der Integrationslotsinnen zur Teilnahme an dem Programm war mit der Projektidee „Zugänge schaffen“ erfolgreich. „Wir wollen damit“, so Susanne Seeling, „Ideen entwickeln, die den bei uns lebenden Menschen mit Migrationshintergrund helfen, Zugänge zum sozialen, kulturellen und gesellschaftlichen Leben zu bekommen bzw. diese zu erleichtern."',
 'The integration guides’ application with the project idea “Creating access” succeeded: they want to develop ideas that help people with a migration background living in the district gain access to social, cultural and community life.',
 '','2021','land-zuhause-zukunft','Robert Bosch Stiftung;Universität Hildesheim;Herzogsägmühle','culture social-cohesion local-integration','people-with-migration-background','WM-LZZ',
 ['Der Landkreis Weilheim-Schongau wird im Rahmen des Förderprogramms „Land.Zuhause.Zukunft – Integration und Teilhabe von Neuzuwanderern in ländlichen Räumen“ von der Robert Bosch Stiftung gefördert.','Ziel des Programms ist, in Kooperation mit der Universität Hildesheim','Die Bewerbung der Integrationslotsinnen zur Teilnahme an dem Programm war mit der Projektidee „Zugänge schaffen“ erfolgreich.','Ingeborg Bias-Putzier und Susanne Seeling (Herzogsägmühle)','„Bis Herbst 2021 entstehen jetzt m'])
r('weilheim-schongau-integrationslotsinnen','Practice','Weilheim-Schongau',L,
 'Integrationslotsinnen','Integration guides',
 'Die Integrationslotsinnen - Johanna Greulich (Landratsamt), Ingeborg Bias-Putzier und Susanne Seeling (Herzogsägmühle), deren Stellen u.a. mit Mitteln des Bayerischen Ministeriums des Innern, für Sport und Migration gefördert werden, freuen sich sehr, dass ihr Landkreis den Zuschlag zur Teilnahme, zusammen mit neun weiteren Landkreisen, erhalten hat.',
 'The district’s integration guides (one at the district office, two at Herzogsägmühle), whose posts are funded among others by the Bavarian Ministry of the Interior, Sport and Migration.',
 '','','','Herzogsägmühle;Bayerisches Ministerium des Innern, für Sport und Migration','civic-engagement local-integration','people-with-migration-background','WM-LZZ',
 ['Die Integrationslotsinnen - Johanna Greulich (Landratsamt), Ingeborg Bias-Putzier und Susanne Seeling (Herzogsägmühle), deren Stellen u.a. mit Mitteln des Bayerischen Ministeriums des Innern, für Sport und Migration gefördert werden','Der Landkreis Weilheim-Schongau'])
# ---------------- Potsdam-Mittelmark
r('potsdam-mittelmark-befragung-zugewanderte','Project','Potsdam-Mittelmark',L,
 'Befragung von Zugewanderten („Ankommen - Wurzeln schlagen!“)','Survey of immigrants (“Arriving – putting down roots!”)',
 'Im Herbst dieses Jahres wird dazu eine Onlinebefragung in mehreren Sprachen umgesetzt. Zwischen dem 04.10.2023 und 30.11.2023 sind alle Menschen, die nicht oder nicht von Geburt an die deutsche Staatsbürgerschaft besitzen und über 18 Jahre alt sind, zur Teilnahme an der Befragung eingeladen.',
 'A multilingual online survey is run in autumn: from 4 October to 30 November 2023 all adults who do not hold German citizenship, or not from birth, are invited to take part; it complements the integration monitoring.',
 '2023-10-04','2023-11-30','land-zuhause-zukunft','Robert Bosch Stiftung;Ramboll Management Consulting','local-integration public-service','newcomers refugees skilled-workers','PM-BEFR',
 ['Landkreis Potsdam-Mittelmark: Ankommen - Wurzeln schlagen! – Ab 4. Oktober werden Zugewanderte befragt','Zwischen dem 04.10.2023 und 30.11.2023 sind alle Menschen, die nicht oder nicht von Geburt an die deutsche Staatsbürgerschaft besitzen und über 18 Jahre alt sind, zur Teilnahme an der Befragung eingeladen.','Der Landkreis Potsdam-Mittelmark ist einer von sechs teilnehmenden Landkreisen im Programm Land.Zuhause.Zukunft der Robert Bosch Stiftung.','Die Integrationsbeauftragte des Landkreises koordiniert das Projekt und wird dabei von Ramboll Management Consulting unterstützt.'])
r('potsdam-mittelmark-integrationsbeauftragte','Practice','Potsdam-Mittelmark',L,
 'Integrationsbeauftragte des Landkreises','District integration commissioner',
 'Die Integrationsbeauftragte des Landkreises koordiniert das Projekt und wird dabei von Ramboll Management Consulting unterstützt.',
 'The district’s integration commissioner coordinates the survey project, supported by Ramboll Management Consulting.',
 '','','','','local-integration','newcomers','PM-BEFR',
 ['Die Integrationsbeauftragte des Landkreises koordiniert das Projekt','Landkreis Potsdam-Mittelmark'])
r('potsdam-mittelmark-integrationsmonitoring-integrationsstrategie','Project','Potsdam-Mittelmark',L,
 'Fortschreibung der kreislichen Integrationsstrategie (Integrationsmonitoring)','Update of the district integration strategy (integration monitoring)',
 'Das Projekt soll perspektivisch die Fortschreibung der kreislichen Integrationsstrategie vorbereiten. Dies beinhaltet zwei Dimensionen: Zum einen die Aufstellung eines Integrationsmonitorings, das sich an den Vorarbeiten der benachbarten und benachbarter Kommunen orientiert, um eine Vergleichbarkeit herzustellen.',
 'The project is to prepare the update of the district’s integration strategy; it has two dimensions, first setting up integration monitoring modelled on neighbouring municipalities for comparability, second a wider survey.',
 '2023','2024','land-zuhause-zukunft','','local-integration public-service','newcomers','LZZ-LK23',
 ['Aktuelle Programmlandkreise 2023 – 2024','Potsdam-Mittelmark','Das Projekt soll perspektivisch die Fortschreibung der kreislichen Integrationsstrategie vorbereiten.','Zum einen die Aufstellung eines Integrationsmonitorings'])
r('potsdam-mittelmark-befragung-gemeinschaftsunterkuenfte-kindeswohl','Project','Potsdam-Mittelmark',L,
 'Befragung in den Gemeinschaftsunterkünften im Hinblick auf das Kindeswohl','Survey in shared accommodation on child welfare',
 'Zum anderen hat der Landkreis mit einer Befragung in den Gemeinschaftsunterkünften im Hinblick auf das Kindeswohl durch die Einbeziehung der Betroffenenperspektive spannende Erkenntnisse gewinnen können, die für Entscheidungen wichtige Hintergründe lieferten.',
 'With a survey in shared accommodation on child welfare, including those affected, the district gained insights that gave important background for decisions.',
 '','','','','housing public-service','refugees children-and-youth','LZZ-LK23',
 ['Der Landkreis Potsdam-Mittelmark ist größtenteils ländlich geprägt','hat der Landkreis mit einer Befragung in den Gemeinschaftsunterkünften im Hinblick auf das Kindeswohl durch die Einbeziehung der Betroffenenperspektive spannende Erkenntnisse gewinnen können'])
r('potsdam-mittelmark-foerderprogramm-private-unterkuenfte','Project','Potsdam-Mittelmark',L,
 'Förderprogramm für private Unterkünfte','Funding programme for private accommodation',
 'Ferner hatte der Landkreis für private Unterkünfte ein Förderprogramm mit zeitlicher Bindungsfrist aufgelegt, mit dem diese Wohnungen für Geflüchtete oder Asylbewerber mit Aufenthaltsstatus hergerichtet werden konnten. Die Richtlinie galt bis Ende 2016.',
 'The district had set up a funding programme with a time-limited commitment for private accommodation, to prepare flats for refugees or asylum seekers with residence status; the guideline applied until the end of 2016.',
 '','2016','','','housing','refugees','PM-GEFL',
 ['Geflüchtete und Asylbewerber in Potsdam-Mittelmark','Ferner hatte der Landkreis für private Unterkünfte ein Förderprogramm mit zeitlicher Bindungsfrist aufgelegt, mit dem diese Wohnungen für Geflüchtete oder Asylbewerber mit Aufenthaltsstatus hergerichtet werden konnten. Die Richtlinie galt bis Ende 2016.'])
r('potsdam-mittelmark-foerderprogramm-interkulturelle-arbeit','Practice','Potsdam-Mittelmark',L,
 'Förderprogramm zur Unterstützung interkultureller Arbeit','Funding programme for intercultural work',
 'Sehr dankbar ist der Landkreis über das ehrenamtliche Engagement der Bürgerinnen und Bürger im Landkreis, denn die geflüchteten Menschen benötigen nach ihrer Ankunft vielfältige Unterstützung. Auch hier hat der Landkreis ein Förderprogramm zur Unterstützung interkultureller Arbeit aufgelegt.',
 'The district values citizens’ volunteering for refugees and has set up a funding programme to support intercultural work.',
 '','','','','civic-engagement culture social-cohesion','refugees','PM-GEFL',
 ['Geflüchtete und Asylbewerber in Potsdam-Mittelmark','Auch hier hat der Landkreis ein Förderprogramm zur Unterstützung interkultureller Arbeit aufgelegt.'])
r('potsdam-mittelmark-auszugsmanagement','Project','Potsdam-Mittelmark',L,
 'Auszugsmanagement','Move-out management',
 'Um das Soll zu erreichen, setzt der Landkreis auf Maßnahmen wie die Anmietung von Wohnungen, den Bau von Gemeinschaftsunterkünften und das Projekt „Auszugsmanagement“, wie Bernd Schade, Leiter des Dezernats Soziales, Arbeit und Migration, erklärte.',
 'To meet its reception quota the district relies on renting flats, building shared accommodation and the project “move-out management”, according to the head of the department for social affairs, labour and migration.',
 '','','','','housing','refugees','PM-KOCH',
 ['Um das Soll zu erreichen, setzt der Landkreis auf Maßnahmen wie die Anmietung von Wohnungen, den Bau von Gemeinschaftsunterkünften und das Projekt „Auszugsmanagement“','Landkreises Potsdam-Mittelmark'])
r('potsdam-mittelmark-exile-media-hub-brandenburg','Project','Potsdam-Mittelmark',L,
 'Modellprojekt Exile Media Hub Brandenburg','Model project Exile Media Hub Brandenburg',
 'Dr. Koch hob hervor, dass der Landkreis Potsdam-Mittelmark durch diverse Projekte und Angebote aktiv zur Integration von Geflüchteten beiträgt. Besonders betonte er das Modellprojekt Exile Media Hub Brandenburg in Schmerwitz, das als Vorzeigeprojekt für Flüchtlingsunterkünfte über die Landesgrenzen hinaus gilt.',
 'The deputy district administrator stressed that the district contributes actively to refugee integration through various projects, especially the model project Exile Media Hub Brandenburg in Schmerwitz, seen as a flagship for refugee accommodation beyond the Land.',
 '','','','','housing media','refugees','PM-KOCH',
 ['Dr. Koch hob hervor, dass der Landkreis Potsdam-Mittelmark durch diverse Projekte und Angebote aktiv zur Integration von Geflüchteten beiträgt. Besonders betonte er das Modellprojekt Exile Media Hub Brandenburg in Schmerwitz, das als Vorzeigeprojekt für Flüchtlingsunterkünfte über die Landesgrenzen hinaus gilt.'])
# ---------------- Karlsruhe / Oldenburg / Dachau / Lippe / Stendal (LZZ only)
r('karlsruhe-land-zuhause-zukunft-migrantenorganisationen','Project','Karlsruhe',L,
 'Land.Zuhause.Zukunft (Projekt des Sachgebietes Integrationsförderung)','Land.Zuhause.Zukunft (project of the integration-promotion section)',
 'Im Rahmen des Förderprogramms Land.Zuhause.Zukunft will der Landkreis Karlsruhe in der ersten Projektphase Organisationen, informelle Gruppen und Netzwerke von Migrantinnen und Migranten sowie Einzelpersonen erreichen, um die verschiedenen Bedürfnisse und Unterstützungsmöglichkeiten in Erfahrung zu bringen. Ziel ist, mit und für Migrantinnen und Migranten ein breitgefächertes Angebot zu etablieren, um die Beteiligung an sozialen und politischen Prozessen zu verbessern und sichtbar zu machen.',
 'In the first project phase the district wants to reach migrant organisations, informal groups, networks and individuals to learn their needs; the aim is to establish, with and for migrants, a broad offer improving and showing their participation in social and political processes.',
 '','','land-zuhause-zukunft','Robert Bosch Stiftung;Universität Hildesheim;Integrationsbeauftragten der Städte und Gemeinden','civic-engagement intercultural-opening local-integration','people-with-migration-background','KA-LZZ',
 ['Hier setzt das Projekt des Sachgebietes Integrationsförderung im Amt für Integration an, das als eines von bundesweit zehn Projekten von der Robert Bosch Stiftung in Zusammenarbeit mit der Universität Hildesheim gefördert wird.','Im Rahmen des Förderprogramms Land.Zuhause.Zukunft will der Landkreis Karlsruhe in der ersten Projektphase Organisationen, informelle Gruppen und Netzwerke von Migrantinnen und Migranten sowie Einzelpersonen erreichen','Personen mit Migrationshintergrund, die bereits ehrenamtlich aktiv sind, sowie die Integrationsbeauftragten der Städte und Gemeinden sind dabei wichtige Kooperationspartner.'])
r('oldenburg-land-zuhause-zukunft','Project','Oldenburg',L,
 'Land Zuhause Zukunft','Land Zuhause Zukunft',
 'Ländliche Kommunen für Neuzuwanderer attraktiver machen, das ist Ziel des Programms „Land Zuhause Zukunft“ der Robert-Bosch-Stiftung mit Sitz in Stuttgart und der Universität Hildesheim. Auch der Landkreis Oldenburg nimmt daran teil.',
 'Making rural municipalities more attractive to newcomers is the aim of the Robert Bosch Stiftung and University of Hildesheim programme; the district of Oldenburg also takes part (its aims were to be discussed in the integration committee on 30 June).',
 '','','land-zuhause-zukunft','Robert-Bosch-Stiftung;Universität Hildesheim','local-integration','newcomers','OL-LZZ',
 ['date 2020-06','Ländliche Kommunen für Neuzuwanderer attraktiver machen, das ist Ziel des Programms „Land Zuhause Zukunft“ der Robert-Bosch-Stiftung mit Sitz in Stuttgart und der Universität Hildesheim. Auch der Landkreis Oldenburg nimmt daran teil.','„Der Landkreis Oldenburg hatte sich auf unsere Ausschreibung beworben und wurde dann in einem zweistufigen Auswahlprozess ausgewählt“'])
r('dachau-land-zuhause-zukunft-wohnraum','Project','Dachau',L,
 'Wohnen im Landkreis (Land.Zuhause.Zukunft)','Housing in the district (Land.Zuhause.Zukunft)',
 'Bis Mai 2024 erarbeitet das Integrationsmanagement in der Stabstelle Ehrenamt Bildung Integration (EBI) im Landratsamt Dachau konkrete Herausforderungen in der Region und erhält dafür eine professionelle Prozessbegleitung. Der Landkreis Dachau fokussiert sich bei dem Projekt auf das Thema Wohnraum.',
 'Until May 2024 the integration management in the district office’s volunteering-education-integration unit (EBI) works on concrete regional challenges with professional process support; the district focuses the project on housing.',
 '','2024-05','land-zuhause-zukunft','Robert Bosch Stiftung GmbH;Universität Hildesheim','housing','newcomers','DAH-LZZ',
 ['Wohnen im Landkreis – Robert Bosch Stiftung unterstützt den Landkreis Dachau mit dem Programm Land.Zuhause.Zukunft','23. März 2023: Als einer von sechs Landkreisen in Deutschland wurde der Landkreis Dachau für das Programm Land.Zuhause.Zukunft ausgewählt.','der Robert Bosch Stiftung GmbH in Kooperation mit der Universität Hildesheim','Bis Mai 2024 erarbeitet das Integrationsmanagement in der Stabstelle Ehrenamt Bildung Integration (EBI) im Landratsamt Dachau konkrete Herausforderungen in der Region und erhält dafür eine professionelle Prozessbegleitung. Der Landkreis Dachau fokussiert sich bei dem Projekt auf das Thema Wohnraum.'])
r('lippe-hybride-deutschkurse','Project','Lippe','kreis',
 'hybride Deutschkurse (Land.Zuhause.Zukunft)','Hybrid German courses (Land.Zuhause.Zukunft)',
 'Mit hybriden Deutschkursen sollen mehr Menschen im Kreis erreicht werden, teilt der Kreis Lippe mit. Dafür bekommt der Kreis Geldn von der Robert Bosch Stiftung, die ein Projekt des Kommunalen Integrationszentrums (KI) fördert.',
 'Hybrid German courses are to reach more people in the district; for this the district receives money from the Robert Bosch Stiftung, which funds a project of the Municipal Integration Centre (KI).',
 '','','land-zuhause-zukunft','Robert Bosch Stiftung;Universität Hildesheim','language','newcomers','LIP-LZZ',
 ['Mit hybriden Deutschkursen sollen mehr Menschen im Kreis erreicht werden, teilt der Kreis Lippe mit. Dafür bekommt der Kreis Geldn von der Robert Bosch Stiftung, die ein Projekt des Kommunalen Integrationszentrums (KI) fördert.','Als einer von sechs Kreisen bundesweit hat das KI des Kreises Lippe den Zuschlag für das Programm „Land.Zuhause.Zukunft – Gestaltung von Migrationsbedingter Vielfalt in ländlichen Räumen“ erhalten.','Das Programm der Robert Bosch Stiftung in Kooperation mit der Universität Hildesheim'])
r('stendal-land-zuhause-zukunft-stadtsee','Project','Stendal',L,
 'Land.Zuhause.Zukunft (Teilhabe im Stadtviertel Stadtsee)','Land.Zuhause.Zukunft (participation in the Stadtsee quarter)',
 '„Die Aktivitäten des Landkreises zielen darauf ab, die Teilhabe und das Miteinander in Stendal zu verbessern. Der Fokus liegt dabei auf Menschen mit Migrationsgeschichte im Stadtviertel Stadtsee.',
 'The district’s activities aim to improve participation and living together in Stendal, focusing on people with a migration history in the Stadtsee quarter; the plan runs in four phases until next spring, in cooperation of Land, district and town.',
 '','','land-zuhause-zukunft','Robert-Bosch-Stiftung;Hansestadt Stendal;Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung des Landes Sachsen-Anhalt','local-integration civic-engagement social-cohesion','people-with-migration-background','SDL-START',
 ['Landkreis Stendal beteiligt sich am Programm „Land.Zuhause.Zukunft“','Aus diesem Grund nimmt der Landkreis Stendal an dem Programm „Land.Zuhause.Zukunft“ der Robert-Bosch-Stiftung teil.','Der Fokus liegt dabei auf Menschen mit Migrationsgeschichte im Stadtviertel Stadtsee.','wir mit diesem Programm eine Zusammenarbeit zwischen Land, Landkreis und Kommune auf die Beine stellen','Bastian Sieler, Oberbürgermeister der Hansestadt Stendal, Björn Malycha, Referatsleiter im Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung des Landes Sachsen-Anhalt'])
