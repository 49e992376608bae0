package org.w3id.rikg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the terms of the RIKG ontology, {@value #NS}.
 *
 * <p>Generated from {@code ontology/rikg.ttl} by {@code org.w3id.rikg.ontology.doc.VocabularyGenerator}; do
 * not edit by hand, regenerate with {@code mvn -pl ontology compile exec:java}. A test fails when this file and
 * the ontology differ.
 * <pre>{@code model.add(district, RIKG.inLand, land);}</pre>
 */
public final class RIKG {

    /** The namespace of RIKG terms. */
    public static final String NS = "https://w3id.org/rikg/ontology/";

    /** The IRI of the ontology itself. */
    public static final String ONTOLOGY = "https://w3id.org/rikg/ontology";

    /** The version IRI of this release of the ontology. */
    public static final String VERSION_IRI = "https://w3id.org/rikg/ontology/1.0.0";

    // Classes

    /**
     * <b>administrative area</b> (de: Gebietskörperschaft): A territory with its own administration in
     * Germany: a district, a Land or the federation.
     */
    public static final Resource AdministrativeArea = ResourceFactory.createResource(NS + "AdministrativeArea");

    /**
     * <b>area statistics</b> (de: Gebietsstatistik): The area and population of a territory on a reference
     * date, as given by a statistical source.
     */
    public static final Resource AreaStatistics = ResourceFactory.createResource(NS + "AreaStatistics");

    /**
     * <b>claim</b> (de: Aussage): A statement by a source that cannot be expressed as plain triples, for
     * example because it is unverified; with its subject, verification status and source.
     */
    public static final Resource Claim = ResourceFactory.createResource(NS + "Claim");

    /**
     * <b>cohort</b> (de: Programmrunde): A round of a programme with the districts that take part together in
     * a period, as one source states it; conflicting accounts are separate cohorts in separate source graphs.
     */
    public static final Resource Cohort = ResourceFactory.createResource(NS + "Cohort");

    /**
     * <b>cooperation</b> (de: Kooperation): An agreed working relationship between two or more organisations
     * in a given form, for example as an expert circle.
     */
    public static final Resource Cooperation = ResourceFactory.createResource(NS + "Cooperation");

    /**
     * <b>country</b> (de: Staat): A country as the area in which federal law applies; in RIKG, the Federal
     * Republic of Germany.
     */
    public static final Resource Country = ResourceFactory.createResource(NS + "Country");

    /**
     * <b>district</b> (de: Kreis): A German Kreis as a territorial authority, both a territory and a
     * self-governing body: a Landkreis, Kreis, kreisfreie Stadt, Stadtkreis or Regionalverband, identified by
     * its official municipality key (AGS).
     */
    public static final Resource District = ResourceFactory.createResource(NS + "District");

    /**
     * <b>Land (federal state)</b> (de: Land): One of the 16 federal states (Länder) of Germany, as a
     * territory and as a body that enacts laws.
     */
    public static final Resource Land = ResourceFactory.createResource(NS + "Land");

    /**
     * <b>legal framework</b> (de: Rechtsgrundlage): A federal or Land act or ordinance that governs the
     * integration work of districts; described with ELI.
     */
    public static final Resource LegalFramework = ResourceFactory.createResource(NS + "LegalFramework");

    /**
     * <b>network</b> (de: Netzwerk): An association of organisations for exchange and learning whose members
     * are linked by org:Membership, such as the Forum "Integration in ländlichen Räumen".
     */
    public static final Resource Network = ResourceFactory.createResource(NS + "Network");

    /**
     * <b>practice</b> (de: Praxis): An ongoing way in which a district works on integration, such as an
     * office, a welcome centre or an integration management.
     */
    public static final Resource Practice = ResourceFactory.createResource(NS + "Practice");

    /**
     * <b>programme</b> (de: Förderprogramm): A programme in which funders and partners support and accompany
     * several districts over years, such as Land.Zuhause.Zukunft.
     */
    public static final Resource Programme = ResourceFactory.createResource(NS + "Programme");

    /**
     * <b>project</b> (de: Projekt): A practice limited in time, with a start and an end, such as a funded
     * undertaking or a job fair.
     */
    public static final Resource Project = ResourceFactory.createResource(NS + "Project");

    /**
     * <b>source document</b> (de: Quelle): A document from which statements in the graph are taken, such as a
     * press release, a web page or a data table; its statements live in a named graph of their own.
     */
    public static final Resource SourceDocument = ResourceFactory.createResource(NS + "SourceDocument");

    // Properties

    /**
     * <b>about</b> (de: betrifft): A resource that the claim says something about.
     */
    public static final Property about = ResourceFactory.createProperty(NS + "about");

    /**
     * <b>official municipality key (AGS)</b> (de: Amtlicher Gemeindeschlüssel): The five-digit official
     * municipality key (Amtlicher Gemeindeschlüssel, AGS) of a district; its first two digits are the key of
     * the Land.
     */
    public static final Property ags = ResourceFactory.createProperty(NS + "ags");

    /**
     * <b>applies in</b> (de: gilt in): The territory in which the legal framework applies: a Land for Land
     * law, Germany for federal law. In a district, federal law and the law of its Land apply.
     */
    public static final Property appliesIn = ResourceFactory.createProperty(NS + "appliesIn");

    /**
     * <b>area in km²</b> (de: Fläche in km²): The area of the territory in square kilometres.
     */
    public static final Property areaKm2 = ResourceFactory.createProperty(NS + "areaKm2");

    /**
     * <b>cited location</b> (de: zitierte Fundstelle): The location of the source exactly as the list of
     * sources cites it, with no URL scheme added.
     */
    public static final Property citedLocation = ResourceFactory.createProperty(NS + "citedLocation");

    /**
     * <b>cited via</b> (de: zitiert nach): A document that cites this source and from which RIKG transcribed
     * its statements, because the source itself was not retrieved.
     */
    public static final Property citedVia = ResourceFactory.createProperty(NS + "citedVia");

    /**
     * <b>cohort of</b> (de: Runde von): The programme to which the cohort belongs.
     */
    public static final Property cohortOf = ResourceFactory.createProperty(NS + "cohortOf");

    /**
     * <b>consultancy</b> (de: Beratungsfirma): An external consultancy that advises the participating
     * districts in the programme.
     */
    public static final Property consultancy = ResourceFactory.createProperty(NS + "consultancy");

    /**
     * <b>contact person</b> (de: Ansprechperson): A person named as the point of contact for the cooperation.
     */
    public static final Property contactPerson = ResourceFactory.createProperty(NS + "contactPerson");

    /**
     * <b>form of cooperation</b> (de: Kooperationsform): The form of the cooperation, a concept from the
     * cooperation-form scheme.
     */
    public static final Property cooperationForm = ResourceFactory.createProperty(NS + "cooperationForm");

    /**
     * <b>date adopted by parliament</b> (de: Tag des Parlamentsbeschlusses): The day on which parliament
     * passed the act, as the source gives it; not the date of the document (eli:date_document, the day it was
     * signed) and not its entry into force.
     */
    public static final Property dateAdopted = ResourceFactory.createProperty(NS + "dateAdopted");

    /**
     * <b>district</b> (de: Kreis): The district in which the practice takes place or which runs it.
     */
    public static final Property district = ResourceFactory.createProperty(NS + "district");

    /**
     * <b>district type</b> (de: Kreistyp): The kind of district as classified by Destatis, a concept from the
     * district-type scheme (Landkreis, Kreis, kreisfreie Stadt, Stadtkreis, Regionalverband).
     */
    public static final Property districtType = ResourceFactory.createProperty(NS + "districtType");

    /**
     * <b>end date</b> (de: Ende): The end, as precise as the source gives it: an xsd:date, xsd:gYearMonth or
     * xsd:gYear.
     */
    public static final Property endDate = ResourceFactory.createProperty(NS + "endDate");

    /**
     * <b>funded by</b> (de: gefördert von): An organisation that funds the practice.
     */
    public static final Property fundedBy = ResourceFactory.createProperty(NS + "fundedBy");

    /**
     * <b>funder</b> (de: Geldgeber): An organisation that funds and runs the programme.
     */
    public static final Property funder = ResourceFactory.createProperty(NS + "funder");

    /**
     * <b>funding note</b> (de: Hinweis zur Förderung): A statement about funding in words, such as amount and
     * funder, as the source gives it.
     */
    public static final Property fundingNote = ResourceFactory.createProperty(NS + "fundingNote");

    /**
     * <b>has cohort</b> (de: hat Programmrunde): Links a programme to one of its cohorts.
     */
    public static final Property hasCohort = ResourceFactory.createProperty(NS + "hasCohort");

    /**
     * <b>has statistics</b> (de: hat Statistik): Links an area to its area and population on a reference
     * date.
     */
    public static final Property hasStatistics = ResourceFactory.createProperty(NS + "hasStatistics");

    /**
     * <b>in Land</b> (de: liegt im Land): The Land in which the district lies and whose law applies in it.
     */
    public static final Property inLand = ResourceFactory.createProperty(NS + "inLand");

    /**
     * <b>integration phase</b> (de: Integrationsphase): The phase of the integration process, after the
     * National Action Plan on Integration, that the practice addresses, a concept from the integration-phase
     * scheme.
     */
    public static final Property integrationPhase = ResourceFactory.createProperty(NS + "integrationPhase");

    /**
     * <b>jurisdiction level</b> (de: Gesetzgebungsebene): The level that enacted the legal framework (federal
     * or Land), a concept from the jurisdiction scheme.
     */
    public static final Property jurisdiction = ResourceFactory.createProperty(NS + "jurisdiction");

    /**
     * <b>Land code</b> (de: Landesschlüssel): The two-digit official key of a Land, from "01"
     * (Schleswig-Holstein) to "16" (Thuringia).
     */
    public static final Property landCode = ResourceFactory.createProperty(NS + "landCode");

    /**
     * <b>legal area</b> (de: Rechtsgebiet): The area of law that the legal framework governs, a concept from
     * the legal-area scheme.
     */
    public static final Property legalArea = ResourceFactory.createProperty(NS + "legalArea");

    /**
     * <b>legal basis</b> (de: Rechtsgrundlage): The law on which a programme rests according to its source,
     * for example the Teilhabe- und Integrationsgesetz for North Rhine-Westphalia's Kommunale
     * Integrationszentren.
     */
    public static final Property legalBasis = ResourceFactory.createProperty(NS + "legalBasis");

    /**
     * <b>note</b> (de: Anmerkung): A note in words about a resource, for example that parts of a law were
     * declared void.
     */
    public static final Property note = ResourceFactory.createProperty(NS + "note");

    /**
     * <b>NUTS code</b> (de: NUTS-Code): The code of the region in the European NUTS classification; for a
     * district, the five-character NUTS 3 code.
     */
    public static final Property nutsCode = ResourceFactory.createProperty(NS + "nutsCode");

    /**
     * <b>NUTS region</b> (de: NUTS-Region): The region of the European NUTS classification that corresponds
     * to the area, as the EU's official IRI (http://data.europa.eu/nuts/code/&#123;code&#125;).
     */
    public static final Property nutsRegion = ResourceFactory.createProperty(NS + "nutsRegion");

    /**
     * <b>operates in</b> (de: wirkt in): The territory in which a programme supports districts, according to
     * its source; for a Land programme, the Land.
     */
    public static final Property operatesIn = ResourceFactory.createProperty(NS + "operatesIn");

    /**
     * <b>outcome</b> (de: Ergebnis): A result or effect of the practice, as the source describes it.
     */
    public static final Property outcome = ResourceFactory.createProperty(NS + "outcome");

    /**
     * <b>participant</b> (de: Teilnehmer): A district that takes part in the cohort.
     */
    public static final Property participant = ResourceFactory.createProperty(NS + "participant");

    /**
     * <b>number of participants</b> (de: Zahl der Teilnehmer): The number of participating districts, where a
     * source counts them but does not name them all.
     */
    public static final Property participantCount = ResourceFactory.createProperty(NS + "participantCount");

    /**
     * <b>partner</b> (de: Partner): An organisation that takes part in the cooperation.
     */
    public static final Property partner = ResourceFactory.createProperty(NS + "partner");

    /**
     * <b>population</b> (de: Einwohnerzahl): The number of inhabitants of the territory on the reference
     * date.
     */
    public static final Property population = ResourceFactory.createProperty(NS + "population");

    /**
     * <b>population density</b> (de: Bevölkerungsdichte): Inhabitants per square kilometre on the reference
     * date.
     */
    public static final Property populationDensity = ResourceFactory.createProperty(NS + "populationDensity");

    /**
     * <b>female population</b> (de: Einwohnerzahl weiblich): The number of female inhabitants of the
     * territory on the reference date.
     */
    public static final Property populationFemale = ResourceFactory.createProperty(NS + "populationFemale");

    /**
     * <b>male population</b> (de: Einwohnerzahl männlich): The number of male inhabitants of the territory on
     * the reference date.
     */
    public static final Property populationMale = ResourceFactory.createProperty(NS + "populationMale");

    /**
     * <b>partner organisation</b> (de: Partnerorganisation): An organisation that, according to the source,
     * takes part in the practice, for example as provider, cooperation partner or adviser, without funding it
     * (for that, rikg:fundedBy).
     */
    public static final Property practicePartner = ResourceFactory.createProperty(NS + "practicePartner");

    /**
     * <b>programme</b> (de: Programm): The programme in which the practice was developed or funded.
     */
    public static final Property programme = ResourceFactory.createProperty(NS + "programme");

    /**
     * <b>reference date</b> (de: Stichtag): The day to which the figures of a statistics record refer.
     */
    public static final Property referenceDate = ResourceFactory.createProperty(NS + "referenceDate");

    /**
     * <b>responsible organisation</b> (de: verantwortliche Organisation): The organisation or organisational
     * unit responsible for the practice.
     */
    public static final Property responsibleOrganization = ResourceFactory.createProperty(NS + "responsibleOrganization");

    /**
     * <b>retrieved copy</b> (de: abgerufene Kopie): The file in which RIKG keeps the retrieved text of the
     * source; the quotations of the statements taken from this source are checked against that text.
     */
    public static final Property retrievedCopy = ResourceFactory.createProperty(NS + "retrievedCopy");

    /**
     * <b>retrieved on</b> (de: abgerufen am): The day on which RIKG retrieved the text of the source.
     */
    public static final Property retrievedOn = ResourceFactory.createProperty(NS + "retrievedOn");

    /**
     * <b>scientific partner</b> (de: wissenschaftlicher Partner): A university or research institution that
     * accompanies the programme scientifically.
     */
    public static final Property scientificPartner = ResourceFactory.createProperty(NS + "scientificPartner");

    /**
     * <b>start date</b> (de: Beginn): The start, as precise as the source gives it: an xsd:date,
     * xsd:gYearMonth or xsd:gYear.
     */
    public static final Property startDate = ResourceFactory.createProperty(NS + "startDate");

    /**
     * <b>statement</b> (de: Wortlaut): The content of the claim in words.
     */
    public static final Property statement = ResourceFactory.createProperty(NS + "statement");

    /**
     * <b>supported by</b> (de: unterstützt von): An organisation that, according to its source, supports
     * districts through the programme, where the source does not say what its role is (funder, scientific
     * partner).
     */
    public static final Property supporter = ResourceFactory.createProperty(NS + "supporter");

    /**
     * <b>target group</b> (de: Zielgruppe): A group that the practice addresses, a concept from the
     * target-group scheme.
     */
    public static final Property targetGroup = ResourceFactory.createProperty(NS + "targetGroup");

    /**
     * <b>theme</b> (de: Themenfeld): A field of integration work, a concept from the theme scheme.
     */
    public static final Property theme = ResourceFactory.createProperty(NS + "theme");

    /**
     * <b>verification status</b> (de: Prüfstatus): How far the claim has been checked against its source, a
     * concept from the verification-status scheme.
     */
    public static final Property verificationStatus = ResourceFactory.createProperty(NS + "verificationStatus");

    private RIKG() {
    }
}
