<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AbandonDialog</name>
    <message>
        <source>Abandon</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Raison de l&apos;abandon pour %1 :</source>
        <translation>Reason for abandoning, %1:</translation>
    </message>
    <message>
        <source>&amp;Abandon du candidat</source>
        <translation>The &amp;candidate gave up</translation>
    </message>
    <message>
        <source>&amp;Problème technique</source>
        <translation>&amp;Technical problem</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>AbortReasonDelegate</name>
    <message>
        <source>Raison de l&apos;abandon</source>
        <translation>Abort reason</translation>
    </message>
    <message>
        <source>À préciser</source>
        <translation>To be given</translation>
    </message>
</context>
<context>
    <name>BirthPlaceFields</name>
    <message>
        <source>* &amp;Pays de naissance</source>
        <translation>* Birth &amp;country</translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune de naissance renseignée par</source>
        <translation>Birth town given by</translation>
    </message>
    <message>
        <source>ex. 76351</source>
        <translation>e.g. 76351</translation>
    </message>
    <message>
        <source>Code &amp;INSEE de la commune</source>
        <translation>Town&apos;s &amp;INSEE code</translation>
    </message>
    <message>
        <source>Code INSEE de la commune</source>
        <translation>Town&apos;s INSEE code</translation>
    </message>
    <message>
        <source>ex. 33000</source>
        <translation>e.g. 33000</translation>
    </message>
    <message>
        <source>Code p&amp;ostal</source>
        <translation>P&amp;ostcode</translation>
    </message>
    <message>
        <source>&amp;Commune de naissance</source>
        <translation>Birth &amp;town</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>Ajouter un candidat</source>
        <translation>Add a candidate</translation>
    </message>
    <message>
        <source>Modifier un candidat</source>
        <translation>Edit a candidate</translation>
    </message>
    <message>
        <source>Inscrire un candidat</source>
        <translation>Enrol a candidate</translation>
    </message>
    <message>
        <source>Modifier le candidat</source>
        <translation>Edit the candidate</translation>
    </message>
    <message>
        <source>Les champs marqués * sont obligatoires.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>* &amp;Nom de naissance</source>
        <translation>* Birth &amp;name</translation>
    </message>
    <message>
        <source>* &amp;Prénom</source>
        <translation>* &amp;First name</translation>
    </message>
    <message>
        <source>Femme</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Homme</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>* Sexe</source>
        <translation>* Sex</translation>
    </message>
    <message>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>* &amp;Date de naissance</source>
        <translation>* &amp;Date of birth</translation>
    </message>
    <message>
        <source>E-mail du &amp;destinataire des résultats (optionnel)</source>
        <translation>Results &amp;recipient e-mail (optional)</translation>
    </message>
    <message>
        <source>Formateur, enseignant…</source>
        <translation>Trainer, teacher…</translation>
    </message>
    <message>
        <source>&amp;E-mail de convocation (optionnel)</source>
        <translation>Convocation &amp;e-mail (optional)</translation>
    </message>
    <message>
        <source>Identifiant &amp;local (optionnel)</source>
        <translation>&amp;Local ID (optional)</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>&amp;Temps majoré (optionnel)</source>
        <translation>Extra &amp;time (optional)</translation>
    </message>
    <message>
        <source>Non renseignée</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>ex. 12345678912345/FACT12345</source>
        <translation>e.g. 12345678912345/FACT12345</translation>
    </message>
    <message>
        <source>Tarification part &amp;Pix</source>
        <translation>&amp;Pix billing</translation>
    </message>
    <message>
        <source>* Tarification part &amp;Pix</source>
        <translation>* &amp;Pix billing</translation>
    </message>
    <message>
        <source>&amp;Code de prépaiement</source>
        <translation>Prepayment &amp;code</translation>
    </message>
    <message>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Certification complé&amp;mentaire</source>
        <translation>Comple&amp;mentary certification</translation>
    </message>
    <message>
        <source>Inscrire le candidat</source>
        <translation>Enrol the candidate</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>CandidateTable</name>
    <message>
        <source>A rejoint la session</source>
        <translation>Has joined the session</translation>
    </message>
    <message>
        <source>à compléter</source>
        <translation>to complete</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Commune de naissance</source>
        <translation>Birth town</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Pays de naissance</source>
        <translation>Birth country</translation>
    </message>
    <message>
        <source>E-mail de convocation</source>
        <translation>Convocation e-mail</translation>
    </message>
    <message>
        <source>E-mail du destinataire des résultats</source>
        <translation>Results recipient e-mail</translation>
    </message>
    <message>
        <source>Identifiant local</source>
        <translation>Local ID</translation>
    </message>
    <message>
        <source>Temps majoré</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <source>Certification complémentaire</source>
        <translation>Complementary certification</translation>
    </message>
    <message>
        <source>Tarification part Pix</source>
        <translation>Pix billing</translation>
    </message>
    <message>
        <source>Code de prépaiement</source>
        <translation>Prepayment code</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>D&apos;après le journal</source>
        <translation>According to the journal</translation>
    </message>
    <message>
        <source>Signalements</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Écran de fin du test vu</source>
        <translation>End-of-test screen seen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Raison de l&apos;abandon</source>
        <translation>Abort reason</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Non terminé</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>À préciser</source>
        <translation>To be given</translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <source>Rechercher un candidat</source>
        <translation>Search candidates</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ajouter un candidat</source>
        <translation>Add a candidate</translation>
    </message>
    <message>
        <source>En attente de candidats</source>
        <translation>Waiting for candidates</translation>
    </message>
    <message>
        <source>Liste des candidats</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <source>Ajouter des candidats et imprimer les documents</source>
        <translation>Add candidates and print the documents</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement (liste des candidats)</source>
        <translation>Attendance sheet (candidate list)</translation>
    </message>
    <message>
        <source>Attention, tout nouvel import efface la liste des candidats existante.</source>
        <translation>Warning: a new import replaces the current candidate list.</translation>
    </message>
    <message>
        <source>Documents à imprimer (PDF)</source>
        <translation>Documents to print (PDF)</translation>
    </message>
    <message>
        <source>Ouvrir une fois terminé</source>
        <translation>Open when done</translation>
    </message>
    <message>
        <source>Après l&apos;examen, remplis depuis la salle</source>
        <translation>After the exam, filled from the room</translation>
    </message>
    <message>
        <source>Liste des candidats (%1)</source>
        <translation>Candidate list (%1)</translation>
    </message>
    <message>
        <source>%1 a été inscrit(e).</source>
        <translation>%1 has been enrolled.</translation>
    </message>
    <message>
        <source>%1 a été modifié(e).</source>
        <translation>%1 has been updated.</translation>
    </message>
    <message>
        <source>Supprimer un candidat</source>
        <translation>Delete a candidate</translation>
    </message>
    <message>
        <source>Supprimer %1 de la liste des candidats ?</source>
        <translation>Remove %1 from the candidate list?</translation>
    </message>
    <message>
        <source>Cette action est définitive.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>%1 a été retiré(e) de la liste.</source>
        <translation>%1 has been removed from the list.</translation>
    </message>
    <message>
        <source>Remplacer la liste des candidats ?</source>
        <translation>Replace the candidate list?</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Centre de certification</source>
        <translation>Certification centre</translation>
    </message>
    <message>
        <source>&amp;Nom du centre</source>
        <translation>Centre &amp;name</translation>
    </message>
    <message>
        <source>Non précisé</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>SCO : établissement scolaire</source>
        <translation>SCO: school</translation>
    </message>
    <message>
        <source>SUP : enseignement supérieur</source>
        <translation>SUP: higher education</translation>
    </message>
    <message>
        <source>PRO : organisme professionnel</source>
        <translation>PRO: professional body</translation>
    </message>
    <message>
        <source>&amp;Type de centre</source>
        <translation>Centre &amp;type</translation>
    </message>
    <message>
        <source>Hors SCO, la tarification part Pix est demandée pour chaque candidat.</source>
        <translation>Outside SCO, the Pix billing mode is asked for each candidate.</translation>
    </message>
    <message>
        <source>Habilitations</source>
        <translation>Accreditations</translation>
    </message>
    <message>
        <source>&amp;Grille des signalements</source>
        <translation>&amp;Incident grid</translation>
    </message>
    <message>
        <source>Les codes que la salle propose ; ceux de l&apos;autre grille restent compris.</source>
        <translation>The codes the room offers; those of the other grid are still understood.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Importer (.ods)</source>
        <translation>Import (.ods)</translation>
    </message>
    <message>
        <source>Télécharger (.ods)</source>
        <translation>Download (.ods)</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>PV d&apos;incident</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>Kit surveillant</source>
        <translation>Invigilator kit</translation>
    </message>
    <message>
        <source>Tout imprimer</source>
        <translation>Print everything</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement remplie</source>
        <translation>Filled attendance sheet</translation>
    </message>
    <message>
        <source>PV d&apos;incident rempli</source>
        <translation>Filled incident report</translation>
    </message>
</context>
<context>
    <name>DocumentRunner</name>
    <message>
        <source>Importer la feuille d&apos;émargement</source>
        <translation>Import the attendance sheet</translation>
    </message>
    <message>
        <source>Feuille de calcul ODS (*.ods)</source>
        <translation>ODS spreadsheet (*.ods)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>%1 en cours…</source>
        <translation>%1 in progress…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>La liste des candidats a été importée avec succès (%1 candidats).</source>
        <translation>The candidate list was imported successfully (%1 candidates).</translation>
    </message>
    <message>
        <source>%1 à compléter (sexe manquant).</source>
        <translation>%1 to complete (sex missing).</translation>
    </message>
    <message>
        <source>%1 remarque(s).</source>
        <translation>%1 note(s).</translation>
    </message>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Document saved: %1</translation>
    </message>
    <message>
        <source>Opération annulée : rien n&apos;a été modifié.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Une erreur s&apos;est produite lors de l&apos;import des candidats</source>
        <translation>An error occurred while importing the candidates</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas pu être produit.</source>
        <translation>The document could not be produced.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Empreinte SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>%1
1 page</source>
        <translation>%1
1 page</translation>
    </message>
    <message>
        <source>%1
%2 pages</source>
        <translation>%1
%2 pages</translation>
    </message>
    <message>
        <source>%1 Ko</source>
        <translation>%1 KB</translation>
    </message>
</context>
<context>
    <name>FinalisationWizard</name>
    <message>
        <source>1. Candidats</source>
        <translation>1. Candidates</translation>
    </message>
    <message>
        <source>2. Documents (facultatif)</source>
        <translation>2. Documents (optional)</translation>
    </message>
    <message>
        <source>3. Commentaire et validation</source>
        <translation>3. Comment and confirmation</translation>
    </message>
    <message>
        <source>Finaliser la session %1</source>
        <translation>Finalise session %1</translation>
    </message>
    <message>
        <source>Pour finaliser la session, complétez les trois étapes puis validez.</source>
        <translation>To finalise the session, complete the three steps, then confirm.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ce qui a été saisi est gardé : la finalisation reprendra ici.</source>
        <translation>What you entered is kept: the finalisation will resume here.</translation>
    </message>
    <message>
        <source>Précédent</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Finaliser</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>Enregistrer le récépissé…</source>
        <translation>Save the receipt…</translation>
    </message>
    <message>
        <source>Chaque ligne vient du journal de la salle : vérifiez-la et complétez-la avec le PV d&apos;incident papier. Un candidat non terminé a besoin d&apos;une raison d&apos;abandon.</source>
        <translation>Each row comes from the room&apos;s journal: check it and complete it from the paper incident report. An unfinished candidate needs an abort reason.</translation>
    </message>
    <message>
        <source>Écran de fin du test vu pour tous les candidats</source>
        <translation>End-of-test screen seen for every candidate</translation>
    </message>
    <message>
        <source>Candidats ayant commencé leur test</source>
        <translation>Candidates who started their test</translation>
    </message>
    <message>
        <source>Ajouter un signalement…</source>
        <translation>Add an incident…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Signalements du candidat</source>
        <translation>The candidate&apos;s incidents</translation>
    </message>
    <message>
        <source>Joignez si besoin la feuille d&apos;émargement signée scannée, le PV d&apos;incident, un PV de fraude ou la photo d&apos;un écran : PDF, PNG ou JPEG, 10 Mo au plus chacun. Chaque fichier est vérifié d&apos;après son contenu et copié dans PixDesk avec son empreinte SHA-256.</source>
        <translation>If needed, attach the scanned signed attendance sheet, the incident report, a fraud report or a photo of a screen: PDF, PNG or JPEG, 10 MB at most each. Each file is checked by its content and copied into PixDesk with its SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>Type du document à joindre</source>
        <translation>Type of the document to attach</translation>
    </message>
    <message>
        <source>Joindre un document…</source>
        <translation>Attach a document…</translation>
    </message>
    <message>
        <source>Retirer le document</source>
        <translation>Remove the document</translation>
    </message>
    <message>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>ou déposez les fichiers sur cette page</source>
        <translation>or drop the files on this page</translation>
    </message>
    <message>
        <source>Documents joints</source>
        <translation>Attached documents</translation>
    </message>
    <message>
        <source>Aperçu : la première page de chaque PDF, rendue par PDFium.</source>
        <translation>Preview: the first page of each PDF, rendered by PDFium.</translation>
    </message>
    <message>
        <source>Aucun problème particulier à signaler, dans l&apos;ensemble tout s&apos;est bien déroulé</source>
        <translation>No particular problem to report, overall everything went well</translation>
    </message>
    <message>
        <source>Je souhaite signaler un ou plusieurs incident(s) ayant impacté la session dans son ensemble</source>
        <translation>I want to report one or more incidents that affected the session as a whole</translation>
    </message>
    <message>
        <source>Commentaire global sur la session</source>
        <translation>Global comment on the session</translation>
    </message>
    <message>
        <source>Décrivez l&apos;incident qui a touché toute la session…</source>
        <translation>Describe the incident that affected the whole session…</translation>
    </message>
    <message>
        <source>Ne rien indiquer si tout s&apos;est bien déroulé : inutile d&apos;écrire « tout s&apos;est bien passé ». Les incidents d&apos;un candidat vont à l&apos;étape 1, pas ici.</source>
        <translation>Leave it empty if everything went well: no need to write &quot;everything went fine&quot;. A candidate&apos;s incidents go in step 1, not here.</translation>
    </message>
    <message>
        <source>Un ou plusieurs incidents ont impacté le déroulement de la session</source>
        <translation>One or more incidents affected the running of the session</translation>
    </message>
    <message>
        <source>Un ou plusieurs candidats ont rencontré des difficultés pour rejoindre la session</source>
        <translation>One or more candidates had trouble joining the session</translation>
    </message>
    <message>
        <source>Ce qui sera transmis</source>
        <translation>What will be sent</translation>
    </message>
    <message>
        <source>Session finalisée le %1 par %2 : plus rien ne peut y être modifié.</source>
        <translation>Session finalised on %1 by %2: nothing in it can be changed any more.</translation>
    </message>
    <message>
        <source>Brouillon enregistré à %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>Signalements de %1 (%2)</source>
        <translation>Incidents of %1 (%2)</translation>
    </message>
    <message>
        <source>Sélectionnez un candidat pour voir ses signalements</source>
        <translation>Select a candidate to see their incidents</translation>
    </message>
    <message>
        <source>Aucun signalement pour ce candidat.</source>
        <translation>No incident for this candidate.</translation>
    </message>
    <message>
        <source>Question n° %1</source>
        <translation>Question no. %1</translation>
    </message>
    <message>
        <source>Sortie à %1</source>
        <translation>Left at %1</translation>
    </message>
    <message>
        <source>Envoyé à Pix comme %1 (la plateforme n&apos;accepte plus %2) : « %3 »</source>
        <translation>Sent to Pix as %1 (the platform no longer takes %2): &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; candidat(s) ayant commencé : %2 terminé(s), %3 non terminé(s) ; écran de fin vu pour %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; candidate(s) started: %2 completed, %3 not completed; end screen seen for %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; signalement(s) envoyé(s) un à un avant la finalisation.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; incident report(s) sent one by one before the finalisation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; document(s) joint(s).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; attached document(s).</translation>
    </message>
    <message>
        <source>%1 %2 : non terminé, raison : %3</source>
        <translation>%1 %2: not completed, reason: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;à préciser (étape 1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;to be given (step 1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Commentaire global : %1</source>
        <translation>Global comment: %1</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Incident ayant impacté la session : %1 · Difficultés pour rejoindre la session : %2</source>
        <translation>Incident that affected the session: %1 · Trouble joining the session: %2</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Retirer le signalement</source>
        <translation>Remove the incident</translation>
    </message>
    <message>
        <source>Retirer le signalement %1 ?</source>
        <translation>Remove incident %1?</translation>
    </message>
    <message>
        <source>Le journal garde le signalement et son retrait.</source>
        <translation>The journal keeps the incident and its removal.</translation>
    </message>
    <message>
        <source>Joindre un document</source>
        <translation>Attach a document</translation>
    </message>
    <message>
        <source>PDF ou images (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)</source>
        <translation>PDF or images (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Retirer « %1 » des documents joints ?</source>
        <translation>Remove &quot;%1&quot; from the attached documents?</translation>
    </message>
    <message>
        <source>Le fichier d&apos;origine n&apos;est pas touché.</source>
        <translation>The original file is left untouched.</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Finaliser la session</source>
        <translation>Finalise the session</translation>
    </message>
    <message>
        <source>Finaliser la session %1 ?</source>
        <translation>Finalise session %1?</translation>
    </message>
    <message>
        <source>Attention : cette action est irréversible. Une fois finalisée, la session, ses candidats, ses signalements et son journal ne peuvent plus être modifiés. Les informations seront transmises à Pix à la prochaine synchronisation ; le traitement prend ensuite un peu de temps avant les résultats.</source>
        <translation>Warning: this cannot be undone. Once finalised, the session, its candidates, its incidents and its journal can no longer be changed. The information is sent to Pix at the next sync; processing then takes a while before the results come.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enregistrer le récépissé</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>IncidentPicker</name>
    <message>
        <source>Signalement</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Corriger le signalement de %1</source>
        <translation>Correct the incident of %1</translation>
    </message>
    <message>
        <source>Signalement pour %1</source>
        <translation>Incident for %1</translation>
    </message>
    <message>
        <source>Code : tapez par ex. e3 puis Entrée</source>
        <translation>Code: type e.g. e3 then Enter</translation>
    </message>
    <message>
        <source>Code du signalement</source>
        <translation>Incident code</translation>
    </message>
    <message>
        <source>%1 ; les codes de l&apos;autre grille sont compris aussi.</source>
        <translation>%1; codes of the other grid are understood too.</translation>
    </message>
    <message>
        <source>Choisissez un code.</source>
        <translation>Choose a code.</translation>
    </message>
    <message>
        <source>de 1 à %1</source>
        <translation>1 to %1</translation>
    </message>
    <message>
        <source>Numéro de la question</source>
        <translation>Question number</translation>
    </message>
    <message>
        <source>N° de la &amp;question</source>
        <translation>&amp;Question no.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Heure de sortie</source>
        <translation>Time the candidate left</translation>
    </message>
    <message>
        <source>Heure de &amp;sortie</source>
        <translation>Time &amp;left</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Compléter plus tard</source>
        <translation>Complete later</translation>
    </message>
    <message>
        <source>Enregistre le signalement tel quel ; la salle le signale à compléter.</source>
        <translation>Saves the incident as it is; the room flags it as to complete.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Code inconnu « %1 » : choisissez dans la grille.</source>
        <translation>Unknown code &quot;%1&quot;: choose one in the grid.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Choisissez un code dans la grille ou tapez-le.</source>
        <translation>Choose a code in the grid or type it.</translation>
    </message>
    <message>
        <source>Heure de sortie invalide : HH:MM, par ex. 10:42.</source>
        <translation>Invalid exit time: HH:MM, e.g. 10:42.</translation>
    </message>
    <message>
        <source>le numéro de la question</source>
        <translation>the question number</translation>
    </message>
    <message>
        <source>une description</source>
        <translation>a description</translation>
    </message>
    <message>
        <source>l&apos;heure de sortie</source>
        <translation>the time the candidate left</translation>
    </message>
    <message>
        <source>Le code %1 demande %2. « Compléter plus tard » l&apos;enregistre tel quel.</source>
        <translation>Code %1 needs %2. &quot;Complete later&quot; saves it as it is.</translation>
    </message>
</context>
<context>
    <name>LengthDialog</name>
    <message>
        <source>Durée du test</source>
        <translation>Test length</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Durée du test en minutes</source>
        <translation>Test length in minutes</translation>
    </message>
    <message>
        <source>Durée, avant temps majoré :</source>
        <translation>Length, before extra time:</translation>
    </message>
    <message>
        <source>Certification Pix : 105 min ; Pix+Édu : 150 min. Le temps majoré de chaque candidat s&apos;y ajoute.</source>
        <translation>Pix certification: 105 min; Pix+Édu: 150 min. Each candidate&apos;s extra time is added to it.</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Salle verrouillée</source>
        <translation>Room locked</translation>
    </message>
    <message>
        <source>Le surveillant déverrouille avec le mot de passe surveillant de la session (celui du kit surveillant).</source>
        <translation>The invigilator unlocks with the session&apos;s invigilator password (the one in the invigilator kit).</translation>
    </message>
    <message>
        <source>Mot de passe surveillant</source>
        <translation>Invigilator password</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Mot de passe incorrect.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Nouvelle session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir la session</source>
        <translation>&amp;Open session</translation>
    </message>
    <message>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Retour à la liste des sessions</source>
        <translation>&amp;Back to the session list</translation>
    </message>
    <message>
        <source>&amp;Ajouter un candidat…</source>
        <translation>&amp;Add a candidate…</translation>
    </message>
    <message>
        <source>Surveiller la &amp;salle</source>
        <translation>Invigilate the &amp;room</translation>
    </message>
    <message>
        <source>&amp;Centre de certification…</source>
        <translation>&amp;Certification centre…</translation>
    </message>
    <message>
        <source>Se &amp;connecter au serveur Pix…</source>
        <translation>Sign &amp;in to the Pix server…</translation>
    </message>
    <message>
        <source>Se &amp;déconnecter du serveur</source>
        <translation>Sign &amp;out of the server</translation>
    </message>
    <message>
        <source>&amp;Synchroniser</source>
        <translation>&amp;Synchronise</translation>
    </message>
    <message>
        <source>&amp;Historique de synchronisation…</source>
        <translation>Sync &amp;history…</translation>
    </message>
    <message>
        <source>Exporter le &amp;kit de salle…</source>
        <translation>Export the room &amp;kit…</translation>
    </message>
    <message>
        <source>&amp;Importer un kit de salle…</source>
        <translation>&amp;Import a room kit…</translation>
    </message>
    <message>
        <source>Exporter le &amp;journal de salle…</source>
        <translation>Export the room &amp;journal…</translation>
    </message>
    <message>
        <source>Importer un j&amp;ournal de salle…</source>
        <translation>Import a room j&amp;ournal…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>À &amp;propos de PixDesk</source>
        <translation>&amp;About PixDesk</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Thème</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Selon le système</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Clair</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Sombre</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Rechercher les mises à jour au démarrage</source>
        <translation>Check for updates at start</translation>
    </message>
    <message>
        <source>Surveiller la salle</source>
        <translation>Invigilate the room</translation>
    </message>
    <message>
        <source>lecture seule</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>base en lecture seule</source>
        <translation>read-only store</translation>
    </message>
    <message>
        <source>Ouvrir la session</source>
        <translation>Open the session</translation>
    </message>
    <message>
        <source>Session %1 créée. Code d&apos;accès : %2</source>
        <translation>Session %1 created. Access code: %2</translation>
    </message>
    <message>
        <source>Supprimer la session</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <source>Supprimer la session %1 ?</source>
        <translation>Delete session %1?</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>La session et ses %1 candidat(s) seront supprimés définitivement.</source>
        <translation>The session and its %1 candidate(s) will be deleted for good.</translation>
    </message>
    <message>
        <source>Session %1 supprimée.</source>
        <translation>Session %1 deleted.</translation>
    </message>
    <message>
        <source>Centre de certification enregistré.</source>
        <translation>Certification centre saved.</translation>
    </message>
    <message>
        <source>Connecté à %1 (%2). Synchronisation…</source>
        <translation>Signed in to %1 (%2). Synchronising…</translation>
    </message>
    <message>
        <source>Déconnecté de %1.</source>
        <translation>Signed out of %1.</translation>
    </message>
    <message>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Synchronisé : %1 envoyée(s), %2 reçue(s).</source>
        <translation>Synchronised: %1 sent, %2 received.</translation>
    </message>
    <message>
        <source>Exporter le kit de salle</source>
        <translation>Export the room kit</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une session.</source>
        <translation>Choose a session first.</translation>
    </message>
    <message>
        <source>Kit de salle PixDesk (*.pixdesk)</source>
        <translation>PixDesk room kit (*.pixdesk)</translation>
    </message>
    <message>
        <source>Kit de salle écrit : %1</source>
        <translation>Room kit written: %1</translation>
    </message>
    <message>
        <source>Importer un kit de salle</source>
        <translation>Import a room kit</translation>
    </message>
    <message>
        <source>Kit importé : session %1, %2 candidat(s) ajouté(s).</source>
        <translation>Kit imported: session %1, %2 candidate(s) added.</translation>
    </message>
    <message>
        <source>Exporter le journal de salle</source>
        <translation>Export the room journal</translation>
    </message>
    <message>
        <source>Journal de salle PixDesk (*.pixdesk-journal)</source>
        <translation>PixDesk room journal (*.pixdesk-journal)</translation>
    </message>
    <message>
        <source>Journal écrit : %1</source>
        <translation>Journal written: %1</translation>
    </message>
    <message>
        <source>Importer un journal de salle</source>
        <translation>Import a room journal</translation>
    </message>
    <message>
        <source>Journal importé : %1 événement(s) ajouté(s), %2 déjà présent(s).</source>
        <translation>Journal imported: %1 event(s) added, %2 already there.</translation>
    </message>
    <message>
        <source>À propos de PixDesk</source>
        <translation>About PixDesk</translation>
    </message>
    <message>
        <source>PixDesk %1
Sessions de certification Pix, hors ligne.</source>
        <translation>PixDesk %1
Pix certification sessions, offline.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>PixDesk – Projection – Session %1</source>
        <translation>PixDesk – Projector – Session %1</translation>
    </message>
    <message>
        <source>Code d&apos;accès</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>1. Connectez-vous sur pix.fr avec votre compte et ouvrez l&apos;onglet « Certification ».</source>
        <translation>1. Sign in to pix.fr with your account and open the &quot;Certification&quot; tab.</translation>
    </message>
    <message>
        <source>2. Saisissez le numéro de session %1, vos nom, prénom et date de naissance, puis le code d&apos;accès %2.</source>
        <translation>2. Type session number %1, your last name, first name and date of birth, then access code %2.</translation>
    </message>
    <message>
        <source>3. Restez sur la page du test (mode focus) jusqu&apos;à l&apos;écran de fin de test ; prévenez le surveillant avant de la quitter ou en cas de problème.</source>
        <translation>3. Stay on the test page (focus mode) until the end-of-test screen; tell the invigilator before leaving it or if anything goes wrong.</translation>
    </message>
    <message>
        <source>Temps majoré %1 %</source>
        <translation>Extra time %1%</translation>
    </message>
    <message>
        <source>Sans temps majoré</source>
        <translation>No extra time</translation>
    </message>
    <message>
        <source>début %1</source>
        <translation>started %1</translation>
    </message>
    <message>
        <source>début prévu %1</source>
        <translation>planned start %1</translation>
    </message>
    <message>
        <source>fin %1</source>
        <translation>ends %1</translation>
    </message>
</context>
<context>
    <name>RoomTable</name>
    <message>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Né(e) le</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Temps majoré</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <source>État – à traiter</source>
        <translation>State – needs attention</translation>
    </message>
    <message>
        <source>Début → fin</source>
        <translation>Start → end</translation>
    </message>
    <message>
        <source>Reste</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Signalements</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <source>Surveillance – Session %1</source>
        <translation>Invigilation – Session %1</translation>
    </message>
    <message>
        <source>Reprise après interruption : dernière action à %1. Tout ce qui avait été enregistré est là.</source>
        <translation>Resumed after an interruption: last action at %1. Everything that had been saved is here.</translation>
    </message>
    <message>
        <source>Session finalisée : la salle est en lecture seule.</source>
        <translation>Session finalised: the room is read-only.</translation>
    </message>
    <message>
        <source>Attention : le journal de cette session a été modifié hors de PixDesk (son empreinte ne correspond plus).</source>
        <translation>Warning: this session&apos;s journal was altered outside PixDesk (its fingerprint no longer matches).</translation>
    </message>
    <message>
        <source>Rechercher un candidat (Ctrl+F)</source>
        <translation>Search for a candidate (Ctrl+F)</translation>
    </message>
    <message>
        <source>Rechercher un candidat</source>
        <translation>Search for a candidate</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Fenêtre pour un vidéoprojecteur (Ctrl+Maj+P)</source>
        <translation>Window for a projector (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Verrouiller la salle (Ctrl+L)</source>
        <translation>Lock the room (Ctrl+L)</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Le PV d&apos;incident et la feuille d&apos;émargement remplis depuis la salle</source>
        <translation>The incident report and the attendance sheet filled from the room</translation>
    </message>
    <message>
        <source>Candidats de la salle</source>
        <translation>Candidates in the room</translation>
    </message>
    <message>
        <source>Durée du test…</source>
        <translation>Test length…</translation>
    </message>
    <message>
        <source>Modifier la durée du test</source>
        <translation>Change the test length</translation>
    </message>
    <message>
        <source>Code d&apos;accès</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copier le code d&apos;accès</source>
        <translation>Copy the access code</translation>
    </message>
    <message>
        <source>Copier le code d&apos;accès (Ctrl+Maj+C)</source>
        <translation>Copy the access code (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Signalements</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Signalements du candidat</source>
        <translation>The candidate&apos;s incidents</translation>
    </message>
    <message>
        <source>Corriger…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>Retirer…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Déconnexion</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Reprise</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Écran de fin vu</source>
        <translation>End screen seen</translation>
    </message>
    <message>
        <source>Terminer…</source>
        <translation>End…</translation>
    </message>
    <message>
        <source>Abandon…</source>
        <translation>Abandon…</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Signalement…</source>
        <translation>Incident…</translation>
    </message>
    <message>
        <source>Toute la salle…</source>
        <translation>Whole room…</translation>
    </message>
    <message>
        <source>Maj+I</source>
        <translation>Shift+I</translation>
    </message>
    <message>
        <source>Annuler la dernière action</source>
        <translation>Undo the last action</translation>
    </message>
    <message>
        <source>Confirmer la présence</source>
        <translation>Confirm presence</translation>
    </message>
    <message>
        <source>Démarrer le test</source>
        <translation>Start the test</translation>
    </message>
    <message>
        <source>Démarrer à une heure passée…</source>
        <translation>Start at an earlier time…</translation>
    </message>
    <message>
        <source>Signaler une déconnexion</source>
        <translation>Report a disconnection</translation>
    </message>
    <message>
        <source>Autoriser la reprise</source>
        <translation>Allow to resume</translation>
    </message>
    <message>
        <source>Mettre fin au test</source>
        <translation>End the test</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Signaler un incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>Incident pour toute la salle</source>
        <translation>Incident for the whole room</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Revenir au tableau</source>
        <translation>Back to the table</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Début &lt;b&gt;%1&lt;/b&gt; · fin prévue &lt;b&gt;%2&lt;/b&gt; · durée %3</source>
        <translation>Start &lt;b&gt;%1&lt;/b&gt; · planned end &lt;b&gt;%2&lt;/b&gt; · length %3</translation>
    </message>
    <message>
        <source>%1 à traiter</source>
        <translation>%1 need attention</translation>
    </message>
    <message>
        <source>Rien à traiter</source>
        <translation>Nothing to handle</translation>
    </message>
    <message>
        <source>%1 candidats sélectionnés</source>
        <translation>%1 candidates selected</translation>
    </message>
    <message>
        <source>Aucun candidat sélectionné</source>
        <translation>No candidate selected</translation>
    </message>
    <message>
        <source>État : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>State: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Présence confirmée à %1 (valable jusqu&apos;à %2)</source>
        <translation>Presence confirmed at %1 (valid until %2)</translation>
    </message>
    <message>
        <source>Début %1 · fin théorique %2</source>
        <translation>Started %1 · theoretical end %2</translation>
    </message>
    <message>
        <source>Temps restant : &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Time left: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reprises autorisées : %1</source>
        <translation>Resumes allowed: %1</translation>
    </message>
    <message>
        <source>Raison de l&apos;abandon : %1</source>
        <translation>Abandon reason: %1</translation>
    </message>
    <message>
        <source>À traiter : %1</source>
        <translation>Needs attention: %1</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <source>sortie %1</source>
        <translation>left at %1</translation>
    </message>
    <message>
        <source>À compléter</source>
        <translation>To complete</translation>
    </message>
    <message>
        <source>L&apos;horloge de l&apos;ordinateur a changé (%1 min) : la salle garde son heure et le journal le note.</source>
        <translation>The computer&apos;s clock changed (%1 min): the room keeps its own time and the journal records it.</translation>
    </message>
    <message>
        <source>Sélectionnez un candidat (flèches, ou cliquez sa ligne).</source>
        <translation>Select a candidate (arrow keys, or click their row).</translation>
    </message>
    <message>
        <source>Mettre fin au test de %1 ?</source>
        <translation>End the test of %1?</translation>
    </message>
    <message>
        <source>Le test est arrêté et compté comme non terminé ; la raison (abandon du candidat ou problème technique) sera demandée à la finalisation.</source>
        <translation>The test is stopped and counted as not completed; the reason (the candidate gave up, or a technical problem) will be asked at finalisation.</translation>
    </message>
    <message>
        <source>Sélectionnez un candidat qui n&apos;a pas encore démarré.</source>
        <translation>Select a candidate who has not started yet.</translation>
    </message>
    <message>
        <source>Démarrer le test de %1 à :</source>
        <translation>Start the test of %1 at:</translation>
    </message>
    <message>
        <source>✓ %1 : %2 – enregistré à %3</source>
        <translation>✓ %1: %2 – saved at %3</translation>
    </message>
    <message>
        <source>toute la salle (%1 candidats présents ou en cours)</source>
        <translation>the whole room (%1 candidates present or taking the test)</translation>
    </message>
    <message>
        <source>Sélectionnez un candidat, ou faites Maj+I pour toute la salle.</source>
        <translation>Select a candidate, or press Shift+I for the whole room.</translation>
    </message>
    <message>
        <source>Retirer le signalement</source>
        <translation>Withdraw the incident</translation>
    </message>
    <message>
        <source>Retirer le signalement %1 ?</source>
        <translation>Withdraw incident %1?</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Il n&apos;apparaîtra plus ; le journal garde sa trace et celle du retrait.</source>
        <translation>It will no longer show; the journal keeps it and its withdrawal.</translation>
    </message>
    <message>
        <source>Signalement retiré.</source>
        <translation>Incident withdrawn.</translation>
    </message>
    <message>
        <source>✓ Signalement %1 enregistré à %2</source>
        <translation>✓ Incident %1 saved at %2</translation>
    </message>
    <message>
        <source>Durée du test : %1 minutes.</source>
        <translation>Test length: %1 minutes.</translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tout est enregistré</source>
        <translation>Everything is saved</translation>
    </message>
    <message>
        <source>Non enregistré</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>L&apos;action n&apos;a pas pu être enregistrée (%1). Rien n&apos;est perdu de ce qui était déjà enregistré ; recommencez-la.</source>
        <translation>The action could not be saved (%1). Nothing already saved is lost; do it again.</translation>
    </message>
    <message>
        <source>Code d&apos;accès %1 copié.</source>
        <translation>Access code %1 copied.</translation>
    </message>
    <message>
        <source>Déverrouillez la salle pour la fermer.</source>
        <translation>Unlock the room to close it.</translation>
    </message>
    <message>
        <source>%1 candidats</source>
        <translation>%1 candidates</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <source>ID session</source>
        <translation>Session ID</translation>
    </message>
    <message>
        <source>Nom du site</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Surveillant(s)</source>
        <translation>Invigilator(s)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heure de début (heure locale)</source>
        <translation>Start time (local time)</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Candidats inscrits</source>
        <translation>Enrolled candidates</translation>
    </message>
    <message>
        <source>Code d&apos;accès (à communiquer aux candidats)</source>
        <translation>Access code (give it to the candidates)</translation>
    </message>
    <message>
        <source>Mot de passe de l&apos;espace surveillant</source>
        <translation>Invigilator space password</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copier le code d&apos;accès</source>
        <translation>Copy the access code</translation>
    </message>
    <message>
        <source>Copier le code d&apos;accès dans le presse-papiers</source>
        <translation>Copy the access code to the clipboard</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Afficher le mot de passe surveillant</source>
        <translation>Show the invigilator password</translation>
    </message>
    <message>
        <source>Transmettez ces informations au surveillant : elles lui sont indispensables.</source>
        <translation>Give these to the invigilator: they are essential.</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Supprimer la session</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <source>Aucune observation.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>Cette session a déjà été finalisée.</source>
        <translation>This session has already been finalised.</translation>
    </message>
    <message>
        <source>Code d&apos;accès %1 copié.</source>
        <translation>Access code %1 copied.</translation>
    </message>
    <message>
        <source>Masquer</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>SessionFormDialog</name>
    <message>
        <source>Créer une session</source>
        <translation>Create a session</translation>
    </message>
    <message>
        <source>Modifier la session</source>
        <translation>Edit the session</translation>
    </message>
    <message>
        <source>Création d&apos;une session de certification</source>
        <translation>New certification session</translation>
    </message>
    <message>
        <source>Modification de la session %1</source>
        <translation>Editing session %1</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Nom du &amp;site</source>
        <translation>&amp;Site name</translation>
    </message>
    <message>
        <source>Nom de la sa&amp;lle</source>
        <translation>&amp;Room name</translation>
    </message>
    <message>
        <source>&amp;Date de début</source>
        <translation>Start &amp;date</translation>
    </message>
    <message>
        <source>&amp;Heure de début (heure locale)</source>
        <translation>Start &amp;time (local time)</translation>
    </message>
    <message>
        <source>S&amp;urveillant(s)</source>
        <translation>&amp;Invigilator(s)</translation>
    </message>
    <message>
        <source>Préciser nom(s) et prénom(s)</source>
        <translation>Give first and last name(s)</translation>
    </message>
    <message>
        <source>&amp;Observations (optionnel)</source>
        <translation>&amp;Notes (optional)</translation>
    </message>
    <message>
        <source>Pourra être complété à tout moment avant la finalisation de la session</source>
        <translation>Can be completed at any time before the session is finalised</translation>
    </message>
    <message>
        <source>Créer la session</source>
        <translation>Create the session</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Toutes les sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>Revenir à la liste des sessions (Alt+Gauche)</source>
        <translation>Back to the session list (Alt+Left)</translation>
    </message>
    <message>
        <source>Surveiller la salle</source>
        <translation>Invigilate the room</translation>
    </message>
    <message>
        <source>La vue de la salle pour le jour de l&apos;examen : présence, temps, signalements (Ctrl+Maj+S)</source>
        <translation>The room view for exam day: presence, times, incidents (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Finaliser la session</source>
        <translation>Finalise the session</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>%1 · début à %2 (heure locale)</source>
        <translation>%1 · starts at %2 (local time)</translation>
    </message>
    <message>
        <source>Candidats (%1)</source>
        <translation>Candidates (%1)</translation>
    </message>
    <message>
        <source>Voir la finalisation</source>
        <translation>View the finalisation</translation>
    </message>
    <message>
        <source>Session finalisée : elle ne peut plus être modifiée.</source>
        <translation>Session finalised: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Finalisation impossible pour l&apos;instant : aucun candidat n&apos;a commencé son test d&apos;après le journal de la salle.</source>
        <translation>Cannot be finalised yet: according to the room&apos;s journal, no candidate has started their test.</translation>
    </message>
    <message>
        <source>Session %1 finalisée.</source>
        <translation>Session %1 finalised.</translation>
    </message>
    <message>
        <source>Session %1 modifiée.</source>
        <translation>Session %1 updated.</translation>
    </message>
    <message>
        <source>Supprimer la session</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <source>Supprimer la session %1 ?</source>
        <translation>Delete session %1?</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>La session et ses %1 candidat(s) seront supprimés définitivement.</source>
        <translation>The session and its %1 candidate(s) will be deleted for good.</translation>
    </message>
    <message>
        <source>Session %1 supprimée.</source>
        <translation>Session %1 deleted.</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>ID session</source>
        <translation>Session ID</translation>
    </message>
    <message>
        <source>Nom du site</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Surveillant(s)</source>
        <translation>Invigilator(s)</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Créez votre première session de certification</source>
        <translation>Create your first certification session</translation>
    </message>
    <message>
        <source>Une session réunit un lieu, une date, un(e) surveillant(e) et la liste des candidats.</source>
        <translation>A session brings together a place, a date, an invigilator and the candidate list.</translation>
    </message>
    <message>
        <source>Créer une session</source>
        <translation>Create a session</translation>
    </message>
    <message>
        <source>Sessions de certification</source>
        <translation>Certification sessions</translation>
    </message>
    <message>
        <source>Surveiller la salle</source>
        <translation>Invigilate the room</translation>
    </message>
    <message>
        <source>Ouvrir la vue de la salle de la session choisie (Ctrl+Maj+S)</source>
        <translation>Open the room view of the chosen session (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Créer une session (Ctrl+N)</source>
        <translation>Create a session (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rechercher (site, salle, surveillant, n° de session…)</source>
        <translation>Search (site, room, invigilator, session number…)</translation>
    </message>
    <message>
        <source>Rechercher une session</source>
        <translation>Search sessions</translation>
    </message>
    <message>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Filtrer par dates</source>
        <translation>Filter by dates</translation>
    </message>
    <message>
        <source>Date de début de la période</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>Date de fin de la période</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Aucune session ne correspond à ces critères.</source>
        <translation>No session matches these criteria.</translation>
    </message>
    <message>
        <source>Sessions : %1</source>
        <translation>Sessions: %1</translation>
    </message>
    <message>
        <source>%1 sur %2 sessions</source>
        <translation>%1 of %2 sessions</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Se connecter au serveur Pix</source>
        <translation>Sign in to the Pix server</translation>
    </message>
    <message>
        <source>Connectez-vous</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>L&apos;accès à Pix Certif est limité aux centres de certification Pix</source>
        <translation>Access to Pix Certif is restricted to Pix certification centres</translation>
    </message>
    <message>
        <source>&amp;Serveur</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur central de votre centre ou de votre réseau</source>
        <translation>The address of your centre&apos;s or network&apos;s central server</translation>
    </message>
    <message>
        <source>&amp;Adresse e-mail</source>
        <translation>&amp;E-mail address</translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Je me connecte</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Mot de passe oublié ?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>La connexion sera retenue dans le trousseau du système. Le mot de passe n&apos;est jamais enregistré.</source>
        <translation>The sign-in will be kept in the system keyring. The password is never stored.</translation>
    </message>
    <message>
        <source>Aucun trousseau du système n&apos;est disponible sur cet ordinateur : rien ne sera enregistré, et le mot de passe sera demandé à chaque synchronisation.</source>
        <translation>No system keyring is available on this computer: nothing will be stored, and the password will be asked at each sync.</translation>
    </message>
    <message>
        <source>Veuillez indiquer votre mot de passe.</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <source>Le serveur ne répond pas (%1). Vérifiez l&apos;adresse et le réseau, ou utilisez PixDesk hors ligne.</source>
        <translation>The server does not answer (%1). Check the address and the network, or use PixDesk offline.</translation>
    </message>
    <message>
        <source>Utiliser hors ligne</source>
        <translation>Use offline</translation>
    </message>
    <message>
        <source>Connexion…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Veuillez indiquer l&apos;adresse du serveur.</source>
        <translation>Please enter the server&apos;s address.</translation>
    </message>
    <message>
        <source>Veuillez indiquer une adresse e-mail valide.</source>
        <translation>Please enter a valid e-mail address.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>État de la synchronisation</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Non connecté au serveur</source>
        <translation>Not signed in to a server</translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Erreur : %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>1 modification en attente</source>
        <translation>1 change pending</translation>
    </message>
    <message>
        <source>%1 modifications en attente</source>
        <translation>%1 changes pending</translation>
    </message>
    <message>
        <source>À jour</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Serveur : %1 (%2)</source>
        <translation>Server: %1 (%2)</translation>
    </message>
    <message>
        <source>Dernière synchronisation : %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Aucun trousseau du système ne retient la connexion sur cet ordinateur.
Mot de passe de %1 sur %2 :</source>
        <translation>No system keyring keeps the sign-in on this computer.
Password of %1 on %2:</translation>
    </message>
</context>
<context>
    <name>SyncHistory</name>
    <message>
        <source>À jour</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Synchroniser</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Automatique</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Retour du réseau</source>
        <translation>Network back</translation>
    </message>
    <message>
        <source>Ligne de commande</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Déclenchée par</source>
        <translation>Started by</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Envoyées</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reçues</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Refusées</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Refusée par le serveur</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valeur gardée</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Valeur écartée</source>
        <translation>Value set aside</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Historique de synchronisation</source>
        <translation>Sync history</translation>
    </message>
    <message>
        <source>Chaque synchronisation avec le serveur central, et ce qui demande votre attention : un champ modifié sur deux postes garde la modification la plus récente, l&apos;autre valeur est gardée ici ; une modification refusée par le serveur reste sur ce poste jusqu&apos;à ce qu&apos;elle soit corrigée.</source>
        <translation>Every synchronisation with the central server, and what needs your attention: a field changed on two computers keeps the latest change, the other value is kept here; a change the server refused stays on this computer until it is corrected.</translation>
    </message>
    <message>
        <source>Synchronisations</source>
        <translation>Synchronisations</translation>
    </message>
    <message>
        <source>Conflits et refus</source>
        <translation>Conflicts and refusals</translation>
    </message>
    <message>
        <source>Conflits et refus (%1)</source>
        <translation>Conflicts and refusals (%1)</translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message>
        <source>Modification refusée par le serveur : voir l&apos;historique de synchronisation</source>
        <translation>Change refused by the server: see the sync history</translation>
    </message>
    <message>
        <source>Modification pas encore envoyée au serveur</source>
        <translation>Change not yet sent to the server</translation>
    </message>
</context>
<context>
    <name>TimeDialog</name>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <source>PixDesk {latest} est disponible</source>
        <translation>PixDesk {latest} is available</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>utilisation : </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>%(prog)s : erreur : %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>option %(argument_name)s : %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>ces options sont obligatoires : %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>options inconnues : %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>choix invalide : %(value)r (choix possibles : %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>une valeur est attendue</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>au moins une valeur est attendue</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>une valeur au plus est attendue</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>option ambiguë : %(option)s peut désigner %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>valeur invalide : %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>l&apos;une de ces options est obligatoire : %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>incompatible avec l&apos;option %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>affiche cette aide</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
</context>
<context>
    <name>billing</name>
    <message>
        <source>Gratuite</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Payante</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Prépayée</source>
        <translation>Prepaid</translation>
    </message>
</context>
<context>
    <name>certifications</name>
    <message>
        <source>CléA Numérique</source>
        <translation>CléA Numérique</translation>
    </message>
    <message>
        <source>Pix+ Droit</source>
        <translation>Pix+ Law</translation>
    </message>
    <message>
        <source>Pix+ Édu 1er degré</source>
        <translation>Pix+ Edu primary</translation>
    </message>
    <message>
        <source>Pix+ Édu 2nd degré</source>
        <translation>Pix+ Edu secondary</translation>
    </message>
    <message>
        <source>Pix+ Pro Santé</source>
        <translation>Pix+ Health</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <source>Aucune modification en attente.</source>
        <translation>No change waiting.</translation>
    </message>
    <message>
        <source>Aucune modification enregistrée.</source>
        <translation>No change recorded.</translation>
    </message>
    <message>
        <source>en attente</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Enregistrée le</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Entité</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Opération</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Envoyée le</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Fichier écrit : {path}</source>
        <translation>File written: {path}</translation>
    </message>
    <message>
        <source> ({pages} page{plural})</source>
        <translation> ({pages} page{plural})</translation>
    </message>
    <message>
        <source>{count} candidats importés dans la session {session_id}</source>
        <translation>{count} candidates imported into session {session_id}</translation>
    </message>
    <message>
        <source> (dont {count} à compléter : sexe manquant)</source>
        <translation> ({count} to complete: sex missing)</translation>
    </message>
    <message>
        <source>{sessions} sessions importées ({created} créées), {candidates} candidats</source>
        <translation>{sessions} sessions imported ({created} created), {candidates} candidates</translation>
    </message>
    <message>
        <source>  Session {id} : {candidates} candidats{created}</source>
        <translation>  Session {id}: {candidates} candidates{created}</translation>
    </message>
    <message>
        <source> (créée, code d&apos;accès {access_code})</source>
        <translation> (created, access code {access_code})</translation>
    </message>
    <message>
        <source>Attention : {message}</source>
        <translation>Warning: {message}</translation>
    </message>
    <message>
        <source>Session {id} créée. Code d&apos;accès : {access_code}</source>
        <translation>Session {id} created. Access code: {access_code}</translation>
    </message>
    <message>
        <source>Session {id} modifiée.</source>
        <translation>Session {id} updated.</translation>
    </message>
    <message>
        <source>Session {id} supprimée.</source>
        <translation>Session {id} deleted.</translation>
    </message>
    <message>
        <source>Aucune session. Créez votre première session de certification : pixdesk session create …</source>
        <translation>No sessions yet. Create your first certification session: pixdesk session create …</translation>
    </message>
    <message>
        <source>En attente de candidats.</source>
        <translation>No candidates yet.</translation>
    </message>
    <message>
        <source>Candidat {id} ajouté : {first_name} {last_name}</source>
        <translation>Candidate {id} added: {first_name} {last_name}</translation>
    </message>
    <message>
        <source>Candidat {id} retiré de la session {session_id}.</source>
        <translation>Candidate {id} removed from session {session_id}.</translation>
    </message>
    <message>
        <source>Signalement {code} noté pour {name} ({id}).</source>
        <translation>Incident {code} noted for {name} ({id}).</translation>
    </message>
    <message>
        <source>Signalement {id} corrigé : {code}.</source>
        <translation>Incident {id} corrected: {code}.</translation>
    </message>
    <message>
        <source>Signalement {id} retiré ({code}, {name}) ; le journal en garde la trace.</source>
        <translation>Incident {id} withdrawn ({code}, {name}); the journal keeps its trace.</translation>
    </message>
    <message>
        <source>Aucun signalement.</source>
        <translation>No incidents.</translation>
    </message>
    <message>
        <source>à compléter</source>
        <translation>to complete</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>N° épreuve</source>
        <translation>Question no.</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Noté à</source>
        <translation>Noted at</translation>
    </message>
    <message>
        <source>Centre mis à jour.</source>
        <translation>Centre updated.</translation>
    </message>
    <message>
        <source>{name} : numéro invalide « {value} »</source>
        <translation>{name}: invalid number &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>Aucun écran disponible (ni DISPLAY ni WAYLAND_DISPLAY) : la fenêtre ne peut pas s&apos;ouvrir. Les commandes (pixdesk session list…) fonctionnent sans écran.</source>
        <translation>No display available (neither DISPLAY nor WAYLAND_DISPLAY): the window cannot open. Commands (pixdesk session list…) work without a display.</translation>
    </message>
    <message>
        <source>Qt a besoin de la bibliothèque libxcb-cursor0 : sudo apt-get install libxcb-cursor0</source>
        <translation>Qt needs the libxcb-cursor0 library: sudo apt-get install libxcb-cursor0</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la fenêtre : {error}</source>
        <translation>Cannot open the window: {error}</translation>
    </message>
    <message>
        <source>ID session</source>
        <translation>Session ID</translation>
    </message>
    <message>
        <source>Salle</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Sauvegarde écrite : {path} (sessions : {sessions}, candidats : {candidates})</source>
        <translation>Backup written: {path} (sessions: {sessions}, candidates: {candidates})</translation>
    </message>
    <message>
        <source>Sauvegarde {source} restaurée dans {store} (sessions : {sessions}, candidats : {candidates}).</source>
        <translation>Backup {source} restored into {store} (sessions: {sessions}, candidates: {candidates}).</translation>
    </message>
    <message>
        <source>La base remplacée est conservée : {path}</source>
        <translation>The replaced store is kept: {path}</translation>
    </message>
    <message>
        <source>Aucune sauvegarde dans {folder}</source>
        <translation>No backups in {folder}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Code d&apos;accès</source>
        <translation>Access code</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Mot de passe surveillant</source>
        <translation>Invigilator password</translation>
    </message>
    <message>
        <source>Heure de début (heure locale)</source>
        <translation>Start time (local)</translation>
    </message>
    <message>
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>{name} : {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source> (début {start}, fin théorique {end})</source>
        <translation> (started {start}, theoretical end {end})</translation>
    </message>
    <message>
        <source>, raison : {reason}</source>
        <translation>, reason: {reason}</translation>
    </message>
    <message>
        <source>Journal vide : la salle n&apos;a pas encore servi.</source>
        <translation>Empty journal: the room has not been used yet.</translation>
    </message>
    <message>
        <source>Session {id} finalisée le {date} à {time} par {by}.</source>
        <translation>Session {id} finalised on {date} at {time} by {by}.</translation>
    </message>
    <message>
        <source>{started} candidat(s) ayant commencé : {completed} terminé(s), {unfinished} non terminé(s) ; {reports} signalement(s), {documents} document(s) joint(s).</source>
        <translation>{started} candidate(s) started: {completed} completed, {unfinished} not completed; {reports} incident report(s), {documents} attached document(s).</translation>
    </message>
    <message>
        <source>Empreinte du journal : {fingerprint}</source>
        <translation>Journal fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Prête à être envoyée à la prochaine synchronisation. Récépissé : pixdesk export finalisation-receipt {id} -o recepisse.pdf</source>
        <translation>Ready to be sent at the next sync. Receipt: pixdesk export finalisation-receipt {id} -o receipt.pdf</translation>
    </message>
    <message>
        <source>{name} (n° {id}) : </source>
        <translation>{name} (no. {id}): </translation>
    </message>
    <message>
        <source>CANDIDAT=candidate ou CANDIDAT=technical</source>
        <translation>CANDIDATE=candidate or CANDIDATE=technical</translation>
    </message>
    <message>
        <source>all ou des numéros de candidats séparés par des virgules</source>
        <translation>all or candidate numbers separated by commas</translation>
    </message>
    <message>
        <source>Chaîne vérifiée : {count} événement(s), aucun modifié ni retiré.</source>
        <translation>Chain verified: {count} event(s), none altered or removed.</translation>
    </message>
    <message>
        <source>Aucun serveur central : indiquez --server https://… ou {variable}.</source>
        <translation>No central server: give --server https://… or {variable}.</translation>
    </message>
    <message>
        <source>Le serveur {server} n&apos;a pas répondu : rien n&apos;a changé.</source>
        <translation>The server {server} did not answer: nothing changed.</translation>
    </message>
    <message>
        <source>PixDesk {latest} est disponible (vous avez la {current}).</source>
        <translation>PixDesk {latest} is available (you have {current}).</translation>
    </message>
    <message>
        <source>PixDesk {current} est à jour.</source>
        <translation>PixDesk {current} is up to date.</translation>
    </message>
    <message>
        <source>Kit de salle écrit : {path} (session {session_id}, {candidates} candidats, {events} événements)</source>
        <translation>Room kit written: {path} (session {session_id}, {candidates} candidates, {events} events)</translation>
    </message>
    <message>
        <source>Journal écrit : {path} ({events} événements, empreinte {fingerprint})</source>
        <translation>Journal written: {path} ({events} events, fingerprint {fingerprint})</translation>
    </message>
    <message>
        <source>Kit importé : session {session_id}{created}, {added} candidats ajoutés, {updated} mis à jour, {events} événements ajoutés</source>
        <translation>Kit imported: session {session_id}{created}, {added} candidates added, {updated} updated, {events} events added</translation>
    </message>
    <message>
        <source> (nouvelle sur ce poste)</source>
        <translation> (new on this computer)</translation>
    </message>
    <message>
        <source>Kit déjà importé : rien de nouveau (session {session_id}).</source>
        <translation>Kit already imported: nothing new (session {session_id}).</translation>
    </message>
    <message>
        <source>Journal importé dans la session {session_id} : {added} événements ajoutés, {present} déjà présents.</source>
        <translation>Journal imported into session {session_id}: {added} events added, {present} already there.</translation>
    </message>
    <message>
        <source>Interrompu : toute modification inachevée a été annulée.</source>
        <translation>Interrupted: any unfinished change was cancelled.</translation>
    </message>
    <message>
        <source>Erreur inattendue ({name}) : ce qui était déjà enregistré est intact. Le détail technique est dans {log}.</source>
        <translation>Unexpected error ({name}): what was already saved is intact. Technical details are in {log}.</translation>
    </message>
    <message>
        <source>Erreur inattendue ({name}) : ce qui était déjà enregistré est intact.</source>
        <translation>Unexpected error ({name}): what was already saved is intact.</translation>
    </message>
    <message>
        <source>Mot de passe pour {email} sur {server} : </source>
        <translation>Password for {email} on {server}: </translation>
    </message>
    <message>
        <source>Connecté à {server} ({email}), centre « {centre} ».</source>
        <translation>Signed in to {server} ({email}), centre &quot;{centre}&quot;.</translation>
    </message>
    <message>
        <source>La connexion est retenue dans le trousseau du système ({backend}).</source>
        <translation>The sign-in is kept in the system keyring ({backend}).</translation>
    </message>
    <message>
        <source>Aucun trousseau du système utilisable ({backend}) : rien n&apos;est enregistré, le mot de passe sera demandé à chaque synchronisation (ou lu dans PIXDESK_PASSWORD).</source>
        <translation>No usable system keyring ({backend}): nothing is stored, the password will be asked at each sync (or read from PIXDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>Déconnecté de {server} ({email}).</source>
        <translation>Signed out of {server} ({email}).</translation>
    </message>
    <message>
        <source>Aucune connexion à un serveur.</source>
        <translation>Not signed in to any server.</translation>
    </message>
    <message>
        <source>{sent} envoyée(s), {received} reçue(s), {pending} en attente.</source>
        <translation>{sent} sent, {received} received, {pending} pending.</translation>
    </message>
    <message>
        <source>Refusée par le serveur : {entity} {entity_id} : {code} : {message}</source>
        <translation>Refused by the server: {entity} {entity_id}: {code}: {message}</translation>
    </message>
    <message>
        <source>Serveur : {server}
Compte : {email}
État : {state}
En attente : {pending}
Dernière synchronisation : {last_sync}</source>
        <translation>Server: {server}
Account: {email}
State: {state}
Pending: {pending}
Last sync: {last_sync}</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Serveur injoignable ({detail}) : rien n&apos;a changé, les modifications restent en attente sur ce poste.</source>
        <translation>Server unreachable ({detail}): nothing changed, the changes stay pending on this computer.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Ce qui était déjà enregistré est intact.</source>
        <translation>An unexpected error occurred. Everything already saved is intact.</translation>
    </message>
    <message>
        <source>Les détails techniques sont dans le fichier :</source>
        <translation>The technical details are in the file:</translation>
    </message>
    <message>
        <source>PixDesk</source>
        <translation>PixDesk</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>{number} (provisoire)</source>
        <translation>{number} (provisional)</translation>
    </message>
    <message>
        <source>{date} à {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>noté à {time}</source>
        <translation>noted at {time}</translation>
    </message>
    <message>
        <source>sortie à {time}</source>
        <translation>left at {time}</translation>
    </message>
    <message>
        <source>à compléter</source>
        <translation>to complete</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Sexe</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Pays de naissance</source>
        <translation>Birth country</translation>
    </message>
    <message>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune de naissance</source>
        <translation>Birth city</translation>
    </message>
    <message>
        <source>Code du département de naissance</source>
        <translation>Birth department code</translation>
    </message>
    <message>
        <source>E-mail de convocation</source>
        <translation>Convocation e-mail</translation>
    </message>
    <message>
        <source>E-mail du destinataire des résultats</source>
        <translation>Results recipient e-mail</translation>
    </message>
    <message>
        <source>Identifiant local</source>
        <translation>Local ID</translation>
    </message>
    <message>
        <source>Temps majoré</source>
        <translation>Extra time</translation>
    </message>
    <message>
        <source>Tarification part Pix</source>
        <translation>Pix billing</translation>
    </message>
    <message>
        <source>Code de prépaiement</source>
        <translation>Prepayment code</translation>
    </message>
    <message>
        <source>Certification complémentaire</source>
        <translation>Complementary certification</translation>
    </message>
    <message>
        <source>Numéro de session préexistante</source>
        <translation>Existing session number</translation>
    </message>
    <message>
        <source>Nom du site</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Nom de la salle</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Surveillant(s)</source>
        <translation>Invigilator(s)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
</context>
<context>
    <name>finalisation</name>
    <message>
        <source>Feuille d&apos;émargement signée</source>
        <translation>Signed attendance sheet</translation>
    </message>
    <message>
        <source>PV d&apos;incident</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>PV de fraude</source>
        <translation>Fraud report</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Autre document</source>
        <translation>Other document</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>%d/%m/%Y</source>
        <translation>%d/%m/%Y</translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <source>décembre</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <source>Signalements liés au candidat</source>
        <translation>Candidate-related reports</translation>
    </message>
    <message>
        <source>Signalements sur une épreuve - précisez le numéro de l&apos;épreuve</source>
        <translation>Reports about a question - give the question number</translation>
    </message>
    <message>
        <source>Autres signalements</source>
        <translation>Other reports</translation>
    </message>
    <message>
        <source>Grille du PV d&apos;incident imprimé</source>
        <translation>Printed incident report grid</translation>
    </message>
    <message>
        <source>Grille actuelle de Pix</source>
        <translation>Pix&apos;s current grid</translation>
    </message>
    <message>
        <source>Si le candidat a quitté temporairement, sous surveillance, la salle d&apos;examen ou est arrivé en retard, il n&apos;est pas nécessaire de l&apos;indiquer</source>
        <translation>If the candidate left the exam room temporarily, under supervision, or arrived late, there is no need to report it</translation>
    </message>
    <message>
        <source>Si le candidat a rencontré des difficultés pour se connecter à la session ou a dû se reconnecter à la session, il n&apos;est pas nécessaire de l&apos;indiquer</source>
        <translation>If the candidate had trouble joining the session or had to join it again, there is no need to report it</translation>
    </message>
    <message>
        <source>Modification des prénom/nom/date de naissance</source>
        <translation>Change of first name/last name/birth date</translation>
    </message>
    <message>
        <source>Précisez l&apos;information à modifier</source>
        <translation>Give the information to change</translation>
    </message>
    <message>
        <source>Ajout/modification du temps majoré</source>
        <translation>Extra time added or changed</translation>
    </message>
    <message>
        <source>Précisez le temps majoré</source>
        <translation>Give the extra time</translation>
    </message>
    <message>
        <source>Écran de fin de test non vu</source>
        <translation>End-of-test screen not seen</translation>
    </message>
    <message>
        <source>Précisez et indiquez l&apos;heure de sortie</source>
        <translation>Explain and give the time the candidate left</translation>
    </message>
    <message>
        <source>Était présent(e) mais a oublié de signer, ou a signé sur la mauvaise ligne</source>
        <translation>Was present but forgot to sign, or signed on the wrong line</translation>
    </message>
    <message>
        <source>Renseignez les informations correctes</source>
        <translation>Give the correct information</translation>
    </message>
    <message>
        <source>Incident technique non bloquant</source>
        <translation>Non-blocking technical incident</translation>
    </message>
    <message>
        <source>Incident lié au candidat non bloquant</source>
        <translation>Non-blocking candidate-related incident</translation>
    </message>
    <message>
        <source>Le fichier à télécharger ne se télécharge pas ou ne s&apos;ouvre pas</source>
        <translation>The file to download does not download or does not open</translation>
    </message>
    <message>
        <source>Le site est bloqué par les restrictions réseau de l&apos;établissement (réseaux sociaux par ex.)</source>
        <translation>The website is blocked by the centre&apos;s network restrictions (social networks, for example)</translation>
    </message>
    <message>
        <source>Le candidat bénéficie d&apos;un temps majoré et n&apos;a pas pu répondre à la question dans le temps imparti</source>
        <translation>The candidate has extra time and could not answer the question in the time allowed</translation>
    </message>
    <message>
        <source>Le logiciel installé sur l&apos;ordinateur n&apos;a pas fonctionné</source>
        <translation>The software installed on the computer did not work</translation>
    </message>
    <message>
        <source>Le candidat a été contraint de cliquer en dehors du cadre autorisé pour une question en mode focus</source>
        <translation>The candidate had to click outside the allowed area on a focus-mode question</translation>
    </message>
    <message>
        <source>Une page «Oups une erreur est survenue» ou tout autre problème technique lié à la plateforme a empêché le candidat de répondre à la question</source>
        <translation>An &quot;Oops, an error occurred&quot; page or another platform problem kept the candidate from answering the question</translation>
    </message>
    <message>
        <source>Problème avec l’accessibilité de la question (ex : daltonisme)</source>
        <translation>Problem with the question&apos;s accessibility (e.g. colour blindness)</translation>
    </message>
    <message>
        <source>Précisez</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>Le candidat n&apos;a pas pu terminer, faute de temps</source>
        <translation>The candidate could not finish for lack of time</translation>
    </message>
    <message>
        <source>Suspicion de fraude</source>
        <translation>Suspected fraud</translation>
    </message>
    <message>
        <source>PV de fraude</source>
        <translation>Fraud report</translation>
    </message>
    <message>
        <source>L&apos;image ne s&apos;affiche pas</source>
        <translation>The image does not display</translation>
    </message>
    <message>
        <source>Le simulateur/l&apos;application ne s&apos;affiche pas</source>
        <translation>The simulator/application does not display</translation>
    </message>
    <message>
        <source>Le fichier à télécharger ne s&apos;ouvre pas</source>
        <translation>The file to download does not open</translation>
    </message>
    <message>
        <source>Le site à visiter est indisponible/en maintenance/inaccessible</source>
        <translation>The website to visit is unavailable/under maintenance/unreachable</translation>
    </message>
    <message>
        <source>Le site est bloqué par les restrictions réseau de l&apos;établissement</source>
        <translation>The website is blocked by the centre&apos;s network restrictions</translation>
    </message>
    <message>
        <source>Le lien ne fonctionne pas</source>
        <translation>The link does not work</translation>
    </message>
    <message>
        <source>Autre incident lié à une question</source>
        <translation>Other problem with a question</translation>
    </message>
    <message>
        <source>Problème technique (ex : l&apos;ordinateur s&apos;est éteint, lenteur significative du réseau et/ou de l&apos;appareil, etc...)</source>
        <translation>Technical problem (e.g. the computer shut down, the network or device was very slow...)</translation>
    </message>
    <message>
        <source>Décrivez l&apos;incident</source>
        <translation>Describe the incident</translation>
    </message>
    <message>
        <source>Autre (si aucune des catégories ci-dessus ne correspond au signalement)</source>
        <translation>Other (if none of the categories above fits)</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>Français</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Veuillez indiquer un nom de site.</source>
        <translation>Please enter a site name.</translation>
    </message>
    <message>
        <source>Veuillez indiquer un nom de salle.</source>
        <translation>Please enter a room name.</translation>
    </message>
    <message>
        <source>Veuillez indiquer une date de début.</source>
        <translation>Please enter a start date.</translation>
    </message>
    <message>
        <source>Veuillez indiquer une date de début valide.</source>
        <translation>Please enter a valid start date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Veuillez indiquer une heure de début.</source>
        <translation>Please enter a start time.</translation>
    </message>
    <message>
        <source>Veuillez indiquer une heure de début valide.</source>
        <translation>Please enter a valid start time (HH:MM, 24-hour).</translation>
    </message>
    <message>
        <source>Veuillez indiquer un(e) surveillant(e).</source>
        <translation>Please enter an invigilator.</translation>
    </message>
    <message>
        <source>Une session ne peut pas être programmée dans le passé</source>
        <translation>A session cannot be scheduled in the past</translation>
    </message>
    <message>
        <source>Ce champ ne peut pas dépasser {max} caractères.</source>
        <translation>This field cannot be longer than {max} characters.</translation>
    </message>
    <message>
        <source>La session {id} n&apos;existe pas.</source>
        <translation>Session {id} does not exist.</translation>
    </message>
    <message>
        <source>La session a déjà commencé.</source>
        <translation>The session has already started.</translation>
    </message>
    <message>
        <source>Des certifications sont déjà démarrées dans cette session. Elle ne peut donc pas être modifiée.</source>
        <translation>Certifications have already started in this session, so it can no longer be changed.</translation>
    </message>
    <message>
        <source>Cette session a déjà été finalisée.</source>
        <translation>This session has already been finalised.</translation>
    </message>
    <message>
        <source>Une session existe déjà sur ce site, dans cette salle, à cette date et à cette heure (session {id}).</source>
        <translation>A session already exists at this site, in this room, on this date at this time (session {id}).</translation>
    </message>
    <message>
        <source>Numéro de session invalide : {value}</source>
        <translation>Invalid session number: {value}</translation>
    </message>
    <message>
        <source>Veuillez indiquer le nom du centre.</source>
        <translation>Please enter the centre&apos;s name.</translation>
    </message>
    <message>
        <source>Type de centre inconnu : {value} (SCO, SUP ou PRO)</source>
        <translation>Unknown centre type: {value} (SCO, SUP or PRO)</translation>
    </message>
    <message>
        <source>Le nom de naissance est obligatoire.</source>
        <translation>The birth name is required.</translation>
    </message>
    <message>
        <source>Le prénom est obligatoire.</source>
        <translation>The first name is required.</translation>
    </message>
    <message>
        <source>Le sexe est obligatoire (M ou F).</source>
        <translation>Sex is required (M or F).</translation>
    </message>
    <message>
        <source>Champ sexe format invalide, format accepté &quot;M&quot;/&quot;F&quot;</source>
        <translation>Invalid sex, accepted values &quot;M&quot;/&quot;F&quot;</translation>
    </message>
    <message>
        <source>La date de naissance est obligatoire.</source>
        <translation>The birth date is required.</translation>
    </message>
    <message>
        <source>Format de date invalide, champ &quot;Date de naissance&quot;, format accepté JJ/MM/AAAA</source>
        <translation>Invalid date format in &quot;Birth date&quot;, accepted format DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Champ &quot;Date de naissance&quot; doit être supérieur à 01/01/1900</source>
        <translation>&quot;Birth date&quot; must be after 01/01/1900</translation>
    </message>
    <message>
        <source>La date de naissance ne peut pas être dans le futur.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail de convocation « {value} » n&apos;est pas valide.</source>
        <translation>The convocation e-mail address &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail du destinataire des résultats « {value} » n&apos;est pas valide.</source>
        <translation>The result recipient e-mail address &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>Le temps majoré doit être un nombre entier.</source>
        <translation>Extra time must be a whole number.</translation>
    </message>
    <message>
        <source>Le temps majoré doit être un pourcentage.</source>
        <translation>Extra time must be a percentage (0 to 999).</translation>
    </message>
    <message>
        <source>La tarification part Pix est obligatoire (Gratuite, Payante ou Prépayée).</source>
        <translation>The Pix billing mode is required (Free, Paid or Prepaid).</translation>
    </message>
    <message>
        <source>Format tarification part Pix invalide, formats acceptés &quot;Gratuite&quot;, &quot;Payante&quot; ou &quot;Prépayée&quot;</source>
        <translation>Invalid Pix billing mode, accepted values &quot;Free&quot;, &quot;Paid&quot; or &quot;Prepaid&quot;</translation>
    </message>
    <message>
        <source>La tarification part Pix doit rester vide pour ce centre.</source>
        <translation>The Pix billing mode must be left empty for this centre.</translation>
    </message>
    <message>
        <source>Champ obligatoire &quot;Code de prépaiement&quot; manquant, doit être renseigné en cas de &quot;Tarification par Pix&quot; &quot;Prépayée&quot;</source>
        <translation>Missing &quot;Prepayment code&quot;: it is required when the Pix billing mode is &quot;Prepaid&quot;</translation>
    </message>
    <message>
        <source>Le &quot;Code de prépaiement&quot; doit rester vide si la tarification part Pix n&apos;est pas &quot;Prépayée&quot;.</source>
        <translation>The &quot;Prepayment code&quot; must be empty unless the Pix billing mode is &quot;Prepaid&quot;.</translation>
    </message>
    <message>
        <source>Certification complémentaire inconnue : {value}</source>
        <translation>Unknown complementary certification: {value}</translation>
    </message>
    <message>
        <source>Renseigner les données de naissance du candidat</source>
        <translation>Enter the candidate&apos;s birth details</translation>
    </message>
    <message>
        <source>Le champ pays est obligatoire.</source>
        <translation>The country field is required.</translation>
    </message>
    <message>
        <source>Le pays &quot;{value}&quot; n&apos;a pas été trouvé.</source>
        <translation>Country &quot;{value}&quot; was not found.</translation>
    </message>
    <message>
        <source>Candidat né à l&apos;étranger, champ obligatoire nom de commune de naissance manquant</source>
        <translation>Candidate born abroad: the birth city is required</translation>
    </message>
    <message>
        <source>Candidat né à l&apos;étranger, le champ &quot;Code postal&quot; doit rester vide.</source>
        <translation>Candidate born abroad: the &quot;Postal code&quot; field must be left empty.</translation>
    </message>
    <message>
        <source>La valeur du code INSEE doit être &quot;99&quot; pour un pays étranger.</source>
        <translation>The INSEE code must be &quot;99&quot; for a foreign country.</translation>
    </message>
    <message>
        <source>Renseigner soit un code INSEE soit un code postal et un nom de commune de naissance</source>
        <translation>Enter either an INSEE code, or a postal code and a birth city</translation>
    </message>
    <message>
        <source>Le code postal est obligatoire</source>
        <translation>The postal code is required</translation>
    </message>
    <message>
        <source>Le champ ville est obligatoire.</source>
        <translation>The city field is required.</translation>
    </message>
    <message>
        <source>Le code INSEE &quot;{value}&quot; n&apos;est pas valide.</source>
        <translation>INSEE code &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>Le code postal &quot;{value}&quot; n&apos;est pas valide.</source>
        <translation>Postal code &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>Le code postal &quot;{value}&quot; ne correspond pas à la ville &quot;{city}&quot;</source>
        <translation>Postal code &quot;{value}&quot; does not match the city &quot;{city}&quot;</translation>
    </message>
    <message>
        <source>Ce candidat est déjà dans la liste, vous ne pouvez pas l&apos;ajouter à nouveau.</source>
        <translation>This candidate is already in the list, you cannot add them again.</translation>
    </message>
    <message>
        <source>Aucune ligne d&apos;en-têtes reconnue : il faut au moins les colonnes « Nom de naissance », « Prénom », « Date de naissance » et « Sexe » (ou, pour l&apos;ancienne feuille d&apos;émargement, « Commune de naissance » et « Code du département de naissance »).</source>
        <translation>No header row found: the sheet needs at least the columns &quot;Birth name&quot;, &quot;First name&quot;, &quot;Date of birth&quot; and &quot;Sex&quot; (or, for the old attendance sheet, &quot;Birth city&quot; and &quot;Birth department code&quot;).</translation>
    </message>
    <message>
        <source>(la cellule nombre {value} vaut {percent} % : 33 % s&apos;écrit « 33 % » ou 0,33)</source>
        <translation>(the number cell {value} is {percent} %: write 33 % as &quot;33 %&quot; or 0.33)</translation>
    </message>
    <message>
        <source>Candidat inscrit plusieurs fois à cette session</source>
        <translation>Candidate enrolled more than once in this session</translation>
    </message>
    <message>
        <source>Candidat inscrit plusieurs fois à cette session : seule sa première ligne est gardée</source>
        <translation>Candidate enrolled more than once in this session: only their first line is kept</translation>
    </message>
    <message>
        <source>Temps majoré {value} % arrondi à {rounded} % : la plateforme l&apos;enregistre au pour cent près</source>
        <translation>Extra time {value} % rounded to {rounded} %: the platform stores whole percents</translation>
    </message>
    <message>
        <source>Temps majoré « {value} » ignoré</source>
        <translation>Extra time &quot;{value}&quot; ignored</translation>
    </message>
    <message>
        <source>Tarification part Pix « {value} » ignorée : un centre SCO ne la renseigne pas</source>
        <translation>Pix billing &quot;{value}&quot; ignored: an SCO centre leaves it empty</translation>
    </message>
    <message>
        <source>Code de prépaiement « {value} » ignoré : un centre SCO ne le renseigne pas</source>
        <translation>Prepayment code &quot;{value}&quot; ignored: an SCO centre leaves it empty</translation>
    </message>
    <message>
        <source>{certification} « {value} » ignoré : seul « oui » inscrit le candidat</source>
        <translation>{certification} &quot;{value}&quot; ignored: only &quot;oui&quot; (yes) enrols the candidate</translation>
    </message>
    <message>
        <source>Le candidat {id} n&apos;existe pas dans cette session.</source>
        <translation>Candidate {id} does not exist in this session.</translation>
    </message>
    <message>
        <source>La session a été finalisée ou a expiré, l&apos;ajout de candidat n&apos;est plus possible.</source>
        <translation>The session has been finalised or has expired: candidates can no longer be added.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ajouter un candidat à une session qui a déjà commencé.</source>
        <translation>A candidate cannot be added to a session that has already started.</translation>
    </message>
    <message>
        <source>Ce candidat a déjà rejoint la session. Vous ne pouvez pas le supprimer.</source>
        <translation>This candidate has already joined the session. You cannot remove them.</translation>
    </message>
    <message>
        <source>La session a débuté, il n&apos;est plus possible de modifier la liste des candidats.</source>
        <translation>The session has started: the candidate list can no longer be changed.</translation>
    </message>
    <message>
        <source>La session a été finalisée, il n&apos;est plus possible de modifier la liste des candidats.</source>
        <translation>The session has been finalised: the candidate list can no longer be changed.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : le dossier « {folder} » n&apos;existe pas.</source>
        <translation>Cannot write &quot;{path}&quot;: the folder &quot;{folder}&quot; does not exist.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : accès refusé (dossier protégé, ou fichier ouvert dans un autre logiciel ?).</source>
        <translation>Cannot write &quot;{path}&quot;: permission denied (protected folder, or file open in another program?).</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : c&apos;est un dossier. Indiquez un nom de fichier.</source>
        <translation>Cannot write &quot;{path}&quot;: it is a folder. Give a file name.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : ce n&apos;est pas un fichier ordinaire (périphérique, tube…). Indiquez un nom de fichier.</source>
        <translation>Cannot write &quot;{path}&quot;: it is not a regular file (a device, a pipe…). Give a file name.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : le disque est plein.</source>
        <translation>Cannot write &quot;{path}&quot;: the disk is full.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « {path} » : {reason}</source>
        <translation>Cannot write &quot;{path}&quot;: {reason}</translation>
    </message>
    <message>
        <source>Ligne {line} : {detail}</source>
        <translation>Line {line}: {detail}</translation>
    </message>
    <message>
        <source>Ligne {line} : {field} : {detail}</source>
        <translation>Line {line}: {field}: {detail}</translation>
    </message>
    <message>
        <source> (déjà en ligne {line})</source>
        <translation> (already on line {line})</translation>
    </message>
    <message>
        <source>Le fichier « {path} » est introuvable.</source>
        <translation>File &quot;{path}&quot; was not found.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;est pas un tableur lisible (.ods, .xlsx ou .csv).</source>
        <translation>The file is not a readable spreadsheet (.ods, .xlsx or .csv).</translation>
    </message>
    <message>
        <source>Le fichier est protégé par un mot de passe : enregistrez-le sans mot de passe puis réessayez.</source>
        <translation>The file is password-protected: save it without a password and try again.</translation>
    </message>
    <message>
        <source>Ancien format Excel (.xls) : enregistrez le fichier au format .xlsx ou .ods puis réessayez.</source>
        <translation>Old Excel format (.xls): save the file as .xlsx or .ods and try again.</translation>
    </message>
    <message>
        <source>Le fichier dépasse {max} Mo : ce n&apos;est pas une liste de candidats.</source>
        <translation>The file is larger than {max} MB: it is not a candidate list.</translation>
    </message>
    <message>
        <source>Le fichier se décompresse en plus de {max} Mo (fichier piégé ou endommagé) : il n&apos;a pas été lu.</source>
        <translation>The file expands to more than {max} MB (booby-trapped or damaged): it was not read.</translation>
    </message>
    <message>
        <source>Le fichier contient des déclarations XML interdites (DOCTYPE, ENTITY) : il n&apos;a pas été lu.</source>
        <translation>The file contains forbidden XML declarations (DOCTYPE, ENTITY): it was not read.</translation>
    </message>
    <message>
        <source>Le fichier contient plus de {max} lignes : découpez-le en plusieurs fichiers.</source>
        <translation>The file has more than {max} rows: split it into several files.</translation>
    </message>
    <message>
        <source>La feuille est démesurée (plus de {max_columns} colonnes ou trop de cellules) : elle n&apos;a pas été lue.</source>
        <translation>The sheet is oversized (more than {max_columns} columns or too many cells): it was not read.</translation>
    </message>
    <message>
        <source>Ligne {line} : le fichier CSV est mal formé (guillemet non fermé ou cellule démesurée).</source>
        <translation>Line {line}: the CSV file is malformed (unclosed quote or oversized cell).</translation>
    </message>
    <message>
        <source>Aucune ligne d&apos;en-têtes d&apos;import de sessions reconnue dans les {rows} premières lignes : il faut au moins « Numéro de session préexistante », « Nom du site », « Nom de la salle », « Date de début », « Heure de début » et « Surveillant(s) ».</source>
        <translation>No session-import header row found in the first {rows} rows: the file needs at least &quot;Existing session number&quot;, &quot;Site name&quot;, &quot;Room name&quot;, &quot;Start date&quot;, &quot;Start time&quot; and &quot;Invigilator(s)&quot;.</translation>
    </message>
    <message>
        <source>Le fichier ne contient aucun candidat.</source>
        <translation>The file contains no candidates.</translation>
    </message>
    <message>
        <source>Le fichier ne contient aucune session.</source>
        <translation>The file contains no sessions.</translation>
    </message>
    <message>
        <source>La cellule dépasse {max} caractères.</source>
        <translation>The cell is longer than {max} characters.</translation>
    </message>
    <message>
        <source>Le code du département de naissance est obligatoire pour un candidat né en France.</source>
        <translation>The birth department code is required for a candidate born in France.</translation>
    </message>
    <message>
        <source>La commune « {city} » est introuvable dans le département {department}.</source>
        <translation>No commune &quot;{city}&quot; was found in department {department}.</translation>
    </message>
    <message>
        <source>Un candidat ne peut être inscrit qu&apos;à une seule certification complémentaire.</source>
        <translation>A candidate can be enrolled in one complementary certification only.</translation>
    </message>
    <message>
        <source>Les informations de session doivent rester vides quand un numéro de session préexistante est indiqué.</source>
        <translation>Session details must be left empty when an existing session number is given.</translation>
    </message>
    <message>
        <source>Session sans candidat : elle sera créée vide.</source>
        <translation>Session without candidates: it will be created empty.</translation>
    </message>
    <message>
        <source>Échec lors de la validation du signalement : catégorie « {value} » inconnue.</source>
        <translation>The incident report could not be validated: unknown category &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Précisez la sous-catégorie du signalement.</source>
        <translation>Give the incident report&apos;s subcategory.</translation>
    </message>
    <message>
        <source>La sous-catégorie « {value} » ne correspond pas à cette catégorie de signalement.</source>
        <translation>Subcategory &quot;{value}&quot; does not belong to this incident category.</translation>
    </message>
    <message>
        <source>Ce signalement demande une description.</source>
        <translation>This incident report needs a description.</translation>
    </message>
    <message>
        <source>La description ne peut pas dépasser {max} caractères.</source>
        <translation>The description cannot be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Indiquez le numéro de la question concernée.</source>
        <translation>Give the number of the question concerned.</translation>
    </message>
    <message>
        <source>Le numéro de question doit être un nombre entier entre 1 et {max}.</source>
        <translation>The question number must be a whole number from 1 to {max}.</translation>
    </message>
    <message>
        <source>Le signalement {id} n&apos;existe pas.</source>
        <translation>Issue report {id} does not exist.</translation>
    </message>
    <message>
        <source>La raison de l&apos;abandon doit être « candidate » (abandon du candidat) ou « technical » (problème technique).</source>
        <translation>The abort reason must be &quot;candidate&quot; (the candidate gave up) or &quot;technical&quot; (technical problem).</translation>
    </message>
    <message>
        <source>Cette session n&apos;a pas débuté, vous ne pouvez pas la finaliser. Vous pouvez néanmoins la supprimer.</source>
        <translation>This session hasn&apos;t started, you can&apos;t finalise it. However, you can delete it.</translation>
    </message>
    <message>
        <source>Une ou plusieurs certifications non terminées n&apos;ont pas de “Raison de l’abandon” renseignées. La session ne peut donc pas être finalisée.</source>
        <translation>One or more unfinished certifications have no &quot;Abort reason&quot;. The session cannot be finalised.</translation>
    </message>
    <message>
        <source>Le champ “Raison de l’abandon” a été renseigné pour un candidat qui a terminé son test de certification entre temps. La session ne peut donc pas être finalisée. Merci de rafraîchir la page avant de finaliser.</source>
        <translation>An &quot;Abort reason&quot; was given for a candidate who has since completed their certification test. The session cannot be finalised. Please refresh the page before finalising.</translation>
    </message>
    <message>
        <source>Le commentaire d&apos;un candidat ne peut pas dépasser {max} caractères.</source>
        <translation>A candidate&apos;s comment cannot be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Le commentaire global ne peut pas dépasser {max} caractères.</source>
        <translation>The global comment cannot be longer than {max} characters.</translation>
    </message>
    <message>
        <source>L&apos;accès à Pix Certif est limité aux centres de certification Pix. Contactez le référent de votre centre de certification si vous pensez avoir besoin d&apos;y accéder.</source>
        <translation>Access to Pix Certif is limited to Pix certification centres. Contact your certification centre&apos;s administrator if you think you need access.</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail et/ou le mot de passe saisis sont incorrects.</source>
        <translation>The e-mail address and/or password entered are incorrect.</translation>
    </message>
    <message>
        <source>Votre connexion a expiré ou a été révoquée : reconnectez-vous.</source>
        <translation>Your sign-in has expired or was revoked: sign in again.</translation>
    </message>
    <message>
        <source>La portée demandée n&apos;est pas autorisée (attendu : pix-certif).</source>
        <translation>The requested scope is not allowed (expected: pix-certif).</translation>
    </message>
    <message>
        <source>Type de connexion non pris en charge (password ou refresh_token).</source>
        <translation>Unsupported grant type (password or refresh_token).</translation>
    </message>
    <message>
        <source>Trop de tentatives de connexion échouées. Réessayez dans {minutes} minute(s).</source>
        <translation>Too many failed sign-in attempts. Try again in {minutes} minute(s).</translation>
    </message>
    <message>
        <source>Connexion requise ou expirée : reconnectez-vous.</source>
        <translation>Sign-in required or expired: sign in again.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas accès à cette ressource.</source>
        <translation>You do not have access to this resource.</translation>
    </message>
    <message>
        <source>Ressource introuvable.</source>
        <translation>Resource not found.</translation>
    </message>
    <message>
        <source>Méthode non autorisée pour cette adresse.</source>
        <translation>Method not allowed for this address.</translation>
    </message>
    <message>
        <source>Le centre de certification {id} n&apos;existe pas.</source>
        <translation>Certification centre {id} does not exist.</translation>
    </message>
    <message>
        <source>La requête dépasse la taille maximale ({max} octets).</source>
        <translation>The request is larger than the maximum ({max} bytes).</translation>
    </message>
    <message>
        <source>Le corps de la requête n&apos;est pas valide : {detail}</source>
        <translation>The request body is not valid: {detail}</translation>
    </message>
    <message>
        <source>Valeur invalide pour « {attribute} ».</source>
        <translation>Invalid value for &quot;{attribute}&quot;.</translation>
    </message>
    <message>
        <source>L&apos;en-tête Idempotency-Key est obligatoire pour toute modification.</source>
        <translation>The Idempotency-Key header is required for every change.</translation>
    </message>
    <message>
        <source>L&apos;en-tête Idempotency-Key doit faire entre 1 et 255 caractères visibles.</source>
        <translation>The Idempotency-Key header must be 1 to 255 visible characters.</translation>
    </message>
    <message>
        <source>Cette Idempotency-Key a déjà servi pour une autre requête.</source>
        <translation>This Idempotency-Key was already used for another request.</translation>
    </message>
    <message>
        <source>L&apos;identifiant {uuid} désigne déjà une autre ressource.</source>
        <translation>Identifier {uuid} already names another resource.</translation>
    </message>
    <message>
        <source>Curseur de modifications invalide : {value}</source>
        <translation>Invalid changes cursor: {value}</translation>
    </message>
    <message>
        <source>L&apos;événement {id} a déjà été reçu avec un contenu différent.</source>
        <translation>Event {id} was already received with different content.</translation>
    </message>
    <message>
        <source>Erreur interne du serveur.</source>
        <translation>Internal server error.</translation>
    </message>
    <message>
        <source>Le candidat {id} n&apos;est pas inscrit à la session {session_id}.</source>
        <translation>Candidate {id} is not enrolled in session {session_id}.</translation>
    </message>
    <message>
        <source>Numéro de candidat invalide « {value} ».</source>
        <translation>Invalid candidate number &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>{name} : impossible de {action}, le candidat est « {state} ».</source>
        <translation>{name}: cannot {action}, the candidate is &quot;{state}&quot;.</translation>
    </message>
    <message>
        <source>{name} attend déjà la reprise : autorisez-la.</source>
        <translation>{name} is already waiting to resume: allow it.</translation>
    </message>
    <message>
        <source>{name} : aucune action à annuler.</source>
        <translation>{name}: no action to undo.</translation>
    </message>
    <message>
        <source>Précisez la raison de l&apos;abandon : candidate (abandon du candidat) ou technical (problème technique).</source>
        <translation>Give the reason the test was abandoned: candidate (the candidate gave up) or technical (technical problem).</translation>
    </message>
    <message>
        <source>Raison d&apos;abandon inconnue « {value} » : candidate ou technical.</source>
        <translation>Unknown abandon reason &quot;{value}&quot;: candidate or technical.</translation>
    </message>
    <message>
        <source>Une raison ne se donne qu&apos;avec abandon.</source>
        <translation>A reason goes with abandon only.</translation>
    </message>
    <message>
        <source>Heure invalide « {value} » : attendu HH:MM, par ex. 10:05.</source>
        <translation>Invalid time &quot;{value}&quot;: expected HH:MM, e.g. 10:05.</translation>
    </message>
    <message>
        <source>L&apos;heure {value} n&apos;est pas encore passée (il est {now}).</source>
        <translation>{value} has not come yet (it is {now}).</translation>
    </message>
    <message>
        <source>L&apos;heure {value} est passée depuis plus de {hours} heures : saisissez une heure de la session.</source>
        <translation>{value} was more than {hours} hours ago: type a time of the session.</translation>
    </message>
    <message>
        <source>Aucun candidat concerné : la salle n&apos;a aucun candidat présent ou en cours.</source>
        <translation>No candidate concerned: nobody in the room is present or taking the test.</translation>
    </message>
    <message>
        <source>Durée du test invalide « {value} » : un nombre de minutes entre {min} et {max}.</source>
        <translation>Invalid test length &quot;{value}&quot;: a number of minutes from {min} to {max}.</translation>
    </message>
    <message>
        <source>Code de signalement inconnu « {value} » (par ex. C1, E3, A2).</source>
        <translation>Unknown incident code &quot;{value}&quot; (e.g. C1, E3, A2).</translation>
    </message>
    <message>
        <source>Aucun signalement « {value} » dans la session {session_id}.</source>
        <translation>No incident &quot;{value}&quot; in session {session_id}.</translation>
    </message>
    <message>
        <source>« {value} » désigne plusieurs signalements : donnez plus de caractères de l&apos;identifiant.</source>
        <translation>&quot;{value}&quot; matches several incidents: give more characters of the id.</translation>
    </message>
    <message>
        <source>Le code {incident_code} demande le numéro de la question (de 1 à 500).</source>
        <translation>Code {incident_code} needs the question number (1 to 500).</translation>
    </message>
    <message>
        <source>Numéro de question invalide « {value} » : de 1 à {max}.</source>
        <translation>Invalid question number &quot;{value}&quot;: 1 to {max}.</translation>
    </message>
    <message>
        <source>Le code {incident_code} ne porte pas sur une question : pas de numéro de question.</source>
        <translation>Code {incident_code} is not about a question: no question number.</translation>
    </message>
    <message>
        <source>Le code {incident_code} demande une description.</source>
        <translation>Code {incident_code} needs a description.</translation>
    </message>
    <message>
        <source>La description dépasse {max} caractères ({length}).</source>
        <translation>The description is longer than {max} characters ({length}).</translation>
    </message>
    <message>
        <source>Le code {incident_code} demande l&apos;heure de sortie du candidat (HH:MM).</source>
        <translation>Code {incident_code} needs the time the candidate left (HH:MM).</translation>
    </message>
    <message>
        <source>Heure de sortie invalide « {value} » : attendu HH:MM.</source>
        <translation>Invalid exit time &quot;{value}&quot;: expected HH:MM.</translation>
    </message>
    <message>
        <source>Seul le code C3 prend une heure de sortie (pas {incident_code}).</source>
        <translation>Only code C3 takes an exit time (not {incident_code}).</translation>
    </message>
    <message>
        <source>Grille de signalements inconnue « {value} » : pv (PV d&apos;incident imprimé) ou pix (grille actuelle de Pix).</source>
        <translation>Unknown incident grid &quot;{value}&quot;: pv (printed incident report) or pix (Pix&apos;s current grid).</translation>
    </message>
    <message>
        <source>Le journal de la session {session_id} a été modifié : l&apos;événement n° {sequence} ({event}) ne correspond plus à son empreinte.</source>
        <translation>The journal of session {session_id} has been altered: event no. {sequence} ({event}) no longer matches its hash.</translation>
    </message>
    <message>
        <source>{name} : le signalement {incident_code} est incomplet ({missing}) ; complétez-le avant de finaliser.</source>
        <translation>{name}: incident {incident_code} is incomplete ({missing}); complete it before finalising.</translation>
    </message>
    <message>
        <source>Le candidat {id} n&apos;a pas commencé son test d&apos;après le journal : il n&apos;a pas de ligne à finaliser.</source>
        <translation>According to the journal, candidate {id} did not start the test: they have no line to finalise.</translation>
    </message>
    <message>
        <source>« {value} » : attendu {expected}.</source>
        <translation>&quot;{value}&quot;: expected {expected}.</translation>
    </message>
    <message>
        <source>La session {id} n&apos;a pas encore été finalisée.</source>
        <translation>Session {id} has not been finalised yet.</translation>
    </message>
    <message>
        <source>Fichier introuvable ou illisible : {name}.</source>
        <translation>File not found or unreadable: {name}.</translation>
    </message>
    <message>
        <source>Le fichier {name} est vide.</source>
        <translation>File {name} is empty.</translation>
    </message>
    <message>
        <source>Le fichier {name} fait {size} Mo : {max} Mo au plus par document.</source>
        <translation>File {name} is {size} MB: {max} MB at most per document.</translation>
    </message>
    <message>
        <source>Le fichier {name} n&apos;est ni un PDF, ni une image PNG ou JPEG (d&apos;après son contenu, pas son nom).</source>
        <translation>File {name} is neither a PDF nor a PNG or JPEG image (judging by its content, not its name).</translation>
    </message>
    <message>
        <source>Le fichier {name} est endommagé : il ne s&apos;ouvre pas comme un fichier {type}.</source>
        <translation>File {name} is damaged: it does not open as a {type} file.</translation>
    </message>
    <message>
        <source>Le fichier {name} est déjà joint à cette session (même contenu que « {existing} »).</source>
        <translation>File {name} is already attached to this session (same content as &quot;{existing}&quot;).</translation>
    </message>
    <message>
        <source>Type de document inconnu « {value} » : {choices}.</source>
        <translation>Unknown document type &quot;{value}&quot;: {choices}.</translation>
    </message>
    <message>
        <source>Aucun document {id} dans la session {session_id}.</source>
        <translation>No document {id} in session {session_id}.</translation>
    </message>
    <message>
        <source>{path} : fichier illisible ({reason}).</source>
        <translation>{path}: cannot read the file ({reason}).</translation>
    </message>
    <message>
        <source>{path} : impossible d&apos;écrire le fichier ({reason}).</source>
        <translation>{path}: cannot write the file ({reason}).</translation>
    </message>
    <message>
        <source>{path} : ce n&apos;est pas un {kind} PixDesk.</source>
        <translation>{path}: this is not a PixDesk {kind}.</translation>
    </message>
    <message>
        <source>{path} : fichier refusé, il a été modifié ou abîmé depuis son export (somme de contrôle différente).</source>
        <translation>{path}: file refused, it was changed or damaged after it was exported (checksum differs).</translation>
    </message>
    <message>
        <source>{path} : fichier écrit par une version plus récente de PixDesk (format {version}).</source>
        <translation>{path}: file written by a newer PixDesk (format {version}).</translation>
    </message>
    <message>
        <source>Le code d&apos;accès {access_code} du kit est déjà celui de la session {id} de ce poste.</source>
        <translation>The kit&apos;s access code {access_code} is already that of session {id} on this computer.</translation>
    </message>
    <message>
        <source>{path} : ce journal est celui d&apos;une session absente de ce poste (code d&apos;accès {access_code}) : importez d&apos;abord son kit de salle.</source>
        <translation>{path}: this journal belongs to a session not on this computer (access code {access_code}): import its room kit first.</translation>
    </message>
    <message>
        <source>{path} : journal refusé, l&apos;événement n° {sequence} ne correspond plus à son empreinte.</source>
        <translation>{path}: journal refused, event no. {sequence} no longer matches its fingerprint.</translation>
    </message>
    <message>
        <source>Aucun serveur : connectez-vous d&apos;abord (pixdesk login --server URL --email E-MAIL).</source>
        <translation>No server: sign in first (pixdesk login --server URL --email E-MAIL).</translation>
    </message>
    <message>
        <source>Adresse de serveur refusée « {value} » : https://… (http:// seulement vers cet ordinateur, localhost).</source>
        <translation>Server address refused &quot;{value}&quot;: https://… (http:// only to this computer, localhost).</translation>
    </message>
    <message>
        <source>Mot de passe requis : aucun trousseau du système n&apos;est disponible pour retenir la connexion (indiquez-le, ou PIXDESK_PASSWORD).</source>
        <translation>Password required: no system keyring is available to remember the sign-in (type it, or set PIXDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>Reconnectez-vous au serveur (connexion expirée ou mot de passe changé) : {detail}</source>
        <translation>Sign in to the server again (sign-in expired or password changed): {detail}</translation>
    </message>
    <message>
        <source>Ce compte n&apos;a plus accès au centre {centre} sur ce serveur ({detail}).</source>
        <translation>This account no longer has access to centre {centre} on this server ({detail}).</translation>
    </message>
    <message>
        <source>Ce compte n&apos;est membre d&apos;aucun centre de certification sur ce serveur.</source>
        <translation>This account is not a member of any certification centre on this server.</translation>
    </message>
    <message>
        <source>{count} modification(s) refusée(s) par le serveur (historique de synchronisation) : {message}</source>
        <translation>{count} change(s) refused by the server (sync history): {message}</translation>
    </message>
    <message>
        <source>Serveur injoignable ({detail}) : les modifications restent en attente sur ce poste.</source>
        <translation>Server unreachable ({detail}): the changes stay pending on this computer.</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Dossier de session</source>
        <translation>Session pack</translation>
    </message>
    <message>
        <source>Page {n}/{total}</source>
        <translation>Page {n}/{total}</translation>
    </message>
    <message>
        <source>Session n° {id}</source>
        <translation>Session no. {id}</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>La session de certification</source>
        <translation>The certification session</translation>
    </message>
    <message>
        <source>N° de session</source>
        <translation>Session number</translation>
    </message>
    <message>
        <source>N° de session :</source>
        <translation>Session number:</translation>
    </message>
    <message>
        <source>Provisoire : la session recevra son numéro à la synchronisation. Réimprimez ensuite.</source>
        <translation>Provisional: the session gets its number when it is synchronised. Print it again then.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heure locale (début/fin)</source>
        <translation>Local time (start/end)</translation>
    </message>
    <message>
        <source>Nom du site</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Nom de la salle</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>Session surveillée par :</source>
        <translation>Session invigilated by:</translation>
    </message>
    <message>
        <source>Signature des surveillant(s) :</source>
        <translation>Invigilator signature(s):</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Heure de fin prévue : 2 h après le début, prolongée du plus long temps majoré de la liste.</source>
        <translation>Planned end: 2 hours after the start, lengthened by the longest extra time in the list.</translation>
    </message>
    <message>
        <source>Aucun candidat inscrit à cette session.</source>
        <translation>No candidate enrolled in this session.</translation>
    </message>
    <message>
        <source>Récépissé de finalisation</source>
        <translation>Finalisation receipt</translation>
    </message>
    <message>
        <source>Session n° {id} – {date}, {time} – {site}, salle {room}</source>
        <translation>Session no. {id} – {date}, {time} – {site}, room {room}</translation>
    </message>
    <message>
        <source>Surveillant(s) : {examiner}</source>
        <translation>Invigilator(s): {examiner}</translation>
    </message>
    <message>
        <source>Finalisée le {date} à {time} par {by}.</source>
        <translation>Finalised on {date} at {time} by {by}.</translation>
    </message>
    <message>
        <source>Les informations de finalisation sont transmises à Pix à la synchronisation ; ce récépissé garde ce qui a été finalisé, tel quel.</source>
        <translation>The finalisation is sent to Pix at the sync; this receipt keeps what was finalised, as it was.</translation>
    </message>
    <message>
        <source>Candidats ayant commencé leur test ({count})</source>
        <translation>Candidates who started their test ({count})</translation>
    </message>
    <message>
        <source>Nom, prénom</source>
        <translation>Name, first name</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Écran de fin vu</source>
        <translation>End screen seen</translation>
    </message>
    <message>
        <source>Signalements</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>non terminé – {reason}</source>
        <translation>not completed – {reason}</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Signalements ({count})</source>
        <translation>Incident reports ({count})</translation>
    </message>
    <message>
        <source>Aucun signalement.</source>
        <translation>No incident report.</translation>
    </message>
    <message>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Envoyé comme</source>
        <translation>Sent as</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Commentaire global</source>
        <translation>Global comment</translation>
    </message>
    <message>
        <source>Aucun commentaire.</source>
        <translation>No comment.</translation>
    </message>
    <message>
        <source>Un ou plusieurs incidents ont impacté la session : {value}</source>
        <translation>One or more incidents affected the session: {value}</translation>
    </message>
    <message>
        <source>Des candidats ont eu du mal à rejoindre la session : {value}</source>
        <translation>Candidates had trouble joining the session: {value}</translation>
    </message>
    <message>
        <source>Documents joints ({count})</source>
        <translation>Attached documents ({count})</translation>
    </message>
    <message>
        <source>Aucun document joint.</source>
        <translation>No attached document.</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>{n} Ko</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>Journal de la salle</source>
        <translation>Room journal</translation>
    </message>
    <message>
        <source>Empreinte (SHA-256) : {fingerprint}</source>
        <translation>Fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>{count} événements, chaîne d&apos;empreintes vérifiée : {verified}.</source>
        <translation>{count} events, hash chain verified: {verified}.</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Date de naissance (jj/mm/aaaa)</source>
        <translation>Date of birth (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Commune de naissance</source>
        <translation>Birth city</translation>
    </message>
    <message>
        <source>Code du département de naissance</source>
        <translation>Birth department code</translation>
    </message>
    <message>
        <source>Pays de naissance</source>
        <translation>Birth country</translation>
    </message>
    <message>
        <source>Adresse e-mail de convocation</source>
        <translation>Convocation e-mail</translation>
    </message>
    <message>
        <source>Identifiant local</source>
        <translation>Local ID</translation>
    </message>
    <message>
        <source>Temps majoré ?</source>
        <translation>Extra time?</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Écran de fin de test vu (cocher)</source>
        <translation>End-of-test screen seen (tick)</translation>
    </message>
    <message>
        <source>PV d&apos;incident</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>Commentaire global sur la session (optionnel – ne rien indiquer si tout s&apos;est bien déroulé)</source>
        <translation>Overall comment on the session (optional – leave empty if everything went well)</translation>
    </message>
    <message>
        <source>Signalements individuels</source>
        <translation>Individual reports</translation>
    </message>
    <message>
        <source>Prénom/Nom</source>
        <translation>First name/Last name</translation>
    </message>
    <message>
        <source>Code (*)</source>
        <translation>Code (*)</translation>
    </message>
    <message>
        <source>N° épreuve</source>
        <translation>Question no.</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(*) Code : voir la légende ci-dessous.</source>
        <translation>(*) Code: see the legend below.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Détails attendus</source>
        <translation>Details expected</translation>
    </message>
    <message>
        <source>Ce PV sert de note au surveillant pour transmettre les signalements à la personne qui finalise la session dans Pix Certif.</source>
        <translation>This report is the invigilator&apos;s note, passed on to whoever finalises the session in Pix Certif.</translation>
    </message>
    <message>
        <source>Rempli depuis le journal de la salle le {when} : absences et écrans de fin de test vus. Les candidats présents signent sur leur ligne.</source>
        <translation>Filled from the room&apos;s journal on {when}: absences and end-of-test screens seen. Candidates who were present sign on their line.</translation>
    </message>
    <message>
        <source>Absent(e)</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Rempli depuis le journal de la salle le {when}. Les lignes vides servent aux signalements notés sur papier.</source>
        <translation>Filled from the room&apos;s journal on {when}. The empty lines are for incidents noted on paper.</translation>
    </message>
    <message>
        <source>Empreinte du journal de la salle (SHA-256)</source>
        <translation>Fingerprint of the room&apos;s journal (SHA-256)</translation>
    </message>
    <message>
        <source>{count} événements ; chaîne vérifiée : aucun n&apos;a été modifié ni retiré. `pixdesk journal {session}` affiche la même empreinte.</source>
        <translation>{count} events; chain verified: none altered or removed. `pixdesk journal {session}` shows the same fingerprint.</translation>
    </message>
    <message>
        <source>ATTENTION : le journal ne correspond plus à ses empreintes ; il a été modifié hors de PixDesk.</source>
        <translation>WARNING: the journal no longer matches its hashes; it was altered outside PixDesk.</translation>
    </message>
    <message>
        <source>Le journal de la salle est vide : rien n&apos;y a été noté.</source>
        <translation>The room&apos;s journal is empty: nothing was noted in it.</translation>
    </message>
    <message>
        <source>Kit surveillant</source>
        <translation>Invigilator kit</translation>
    </message>
    <message>
        <source>Code d&apos;accès candidat</source>
        <translation>Candidate access code</translation>
    </message>
    <message>
        <source>À donner aux candidats à l&apos;heure de début, pas avant.</source>
        <translation>Give it to the candidates at the start time, not before.</translation>
    </message>
    <message>
        <source>Mot de passe surveillant</source>
        <translation>Invigilator password</translation>
    </message>
    <message>
        <source>Pour l&apos;espace surveillant de Pix Certif, avec le numéro de session. Le préfixe « C- » est déjà affiché dans le formulaire : saisissez seulement ces caractères.</source>
        <translation>For the Pix Certif invigilator space, with the session number. The &quot;C-&quot; prefix is already shown in the form: type only these characters.</translation>
    </message>
    <message>
        <source>Heure de début (heure locale)</source>
        <translation>Start time (local)</translation>
    </message>
    <message>
        <source>Fin prévue</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Surveillant(s)</source>
        <translation>Invigilator(s)</translation>
    </message>
    <message>
        <source>Candidats inscrits</source>
        <translation>Enrolled candidates</translation>
    </message>
    <message>
        <source>dont {n} avec temps majoré</source>
        <translation>{n} with extra time</translation>
    </message>
    <message>
        <source>Document confidentiel : ne pas afficher dans la salle.</source>
        <translation>Confidential: do not display in the room.</translation>
    </message>
    <message>
        <source>Le jour de la session</source>
        <translation>On the day of the session</translation>
    </message>
    <message>
        <source>Avant l&apos;heure de début</source>
        <translation>Before the start time</translation>
    </message>
    <message>
        <source>Connectez-vous à l&apos;espace surveillant de Pix Certif avec le numéro de session {session_id} et le mot de passe surveillant.</source>
        <translation>Sign in to the Pix Certif invigilator space with session number {session_id} and the invigilator password.</translation>
    </message>
    <message>
        <source>Vérifiez l&apos;identité de chaque candidat (pièce d&apos;identité) avec la feuille d&apos;émargement, puis faites-le signer sur sa ligne.</source>
        <translation>Check each candidate&apos;s identity (ID document) against the attendance sheet, then have them sign on their line.</translation>
    </message>
    <message>
        <source>Chaque candidat se connecte à pix.fr avec son compte personnel, onglet Certification, et saisit le numéro de session {session_id}, son nom de naissance, son prénom et sa date de naissance.</source>
        <translation>Each candidate signs in to pix.fr with their own account, opens the Certification tab and types session number {session_id}, their birth name, first name and date of birth.</translation>
    </message>
    <message>
        <source>À l&apos;heure de début ({start})</source>
        <translation>At the start time ({start})</translation>
    </message>
    <message>
        <source>Donnez le code d&apos;accès {access_code} aux candidats.</source>
        <translation>Give the candidates the access code {access_code}.</translation>
    </message>
    <message>
        <source>Dans l&apos;espace surveillant, confirmez la présence de chaque candidat : il peut alors démarrer son test (la confirmation expire au bout de 15 minutes).</source>
        <translation>In the invigilator space, confirm each candidate&apos;s presence so they can start their test (the confirmation expires after 15 minutes).</translation>
    </message>
    <message>
        <source>Pendant le test</source>
        <translation>During the test</translation>
    </message>
    <message>
        <source>Suivez le temps de chacun : {extra_count} candidat(s) ont un temps majoré (voir la feuille d&apos;émargement).</source>
        <translation>Follow each candidate&apos;s time: {extra_count} candidate(s) have extra time (see the attendance sheet).</translation>
    </message>
    <message>
        <source>Un candidat ne passe pas à la question suivante sans vous avoir prévenu d&apos;un problème.</source>
        <translation>A candidate does not move on to the next question without telling you about a problem.</translation>
    </message>
    <message>
        <source>Fin de test</source>
        <translation>End of the test</translation>
    </message>
    <message>
        <source>Vérifiez l&apos;écran de fin de test de chaque candidat et cochez « Écran de fin de test vu » sur la feuille d&apos;émargement.</source>
        <translation>Check each candidate&apos;s end-of-test screen and tick &quot;End-of-test screen seen&quot; on the attendance sheet.</translation>
    </message>
    <message>
        <source>Remettez la feuille d&apos;émargement et le PV d&apos;incident à la personne qui finalise la session dans Pix Certif.</source>
        <translation>Hand the attendance sheet and the incident report to whoever finalises the session in Pix Certif.</translation>
    </message>
    <message>
        <source>En cas de problème</source>
        <translation>If something goes wrong</translation>
    </message>
    <message>
        <source>Le candidat ne parvient pas à rejoindre la session : comparez ses nom, prénom et date de naissance avec la feuille d&apos;émargement (une erreur de saisie à l&apos;inscription est possible) et notez la correction sur le PV d&apos;incident (code C1).</source>
        <translation>The candidate cannot join the session: compare their name, first name and date of birth with the attendance sheet (a typing mistake at enrolment is possible) and note the correction on the incident report (code C1).</translation>
    </message>
    <message>
        <source>Problème technique sur une question (image, lien, site, fichier) : constatez-le avant que le candidat passe à la suite et notez-le sur le PV d&apos;incident avec son code E et le numéro de l&apos;épreuve.</source>
        <translation>Technical problem on a question (image, link, website, file): see it for yourself before the candidate moves on, and note it on the incident report with its E code and the question number.</translation>
    </message>
    <message>
        <source>Déconnexion involontaire : autorisez la reprise du test dans l&apos;espace surveillant ; le candidat reprend là où il s&apos;était arrêté, ses réponses sont conservées.</source>
        <translation>Accidental disconnection: allow the test to resume in the invigilator space; the candidate carries on where they stopped and keeps their answers.</translation>
    </message>
</context>
<context>
    <name>room</name>
    <message>
        <source>à venir</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>présent</source>
        <translation>present</translation>
    </message>
    <message>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>terminé</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <source>arrêté par le surveillant</source>
        <translation>ended by the invigilator</translation>
    </message>
    <message>
        <source>abandon du candidat</source>
        <translation>the candidate gave up</translation>
    </message>
    <message>
        <source>problème technique</source>
        <translation>technical problem</translation>
    </message>
    <message>
        <source>confirmer la présence</source>
        <translation>confirm presence</translation>
    </message>
    <message>
        <source>marquer absent</source>
        <translation>mark absent</translation>
    </message>
    <message>
        <source>démarrer le test</source>
        <translation>start the test</translation>
    </message>
    <message>
        <source>signaler une déconnexion</source>
        <translation>report a disconnection</translation>
    </message>
    <message>
        <source>autoriser la reprise</source>
        <translation>allow to resume</translation>
    </message>
    <message>
        <source>noter l&apos;écran de fin vu</source>
        <translation>note the end screen seen</translation>
    </message>
    <message>
        <source>mettre fin au test</source>
        <translation>end the test</translation>
    </message>
    <message>
        <source>noter un abandon</source>
        <translation>note an abandon</translation>
    </message>
    <message>
        <source>annuler la dernière action</source>
        <translation>undo the last action</translation>
    </message>
    <message>
        <source>temps dépassé</source>
        <translation>over time</translation>
    </message>
    <message>
        <source>fin dans moins de 5 min</source>
        <translation>ends within 5 min</translation>
    </message>
    <message>
        <source>attend la reprise</source>
        <translation>waiting to resume</translation>
    </message>
    <message>
        <source>présence non confirmée</source>
        <translation>presence not confirmed</translation>
    </message>
    <message>
        <source>confirmation de présence expirée</source>
        <translation>presence confirmation expired</translation>
    </message>
    <message>
        <source>pas terminé à la fin de la session</source>
        <translation>not finished at the session&apos;s end</translation>
    </message>
    <message>
        <source>signalement à compléter</source>
        <translation>incident to complete</translation>
    </message>
    <message>
        <source>raison de l&apos;abandon à préciser</source>
        <translation>abandon reason to give</translation>
    </message>
    <message>
        <source>Temps majoré {percent} %</source>
        <translation>Extra time {percent}%</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>{postal} {city} introuvable</source>
        <translation>{postal} {city} not found</translation>
    </message>
    <message>
        <source>liste des pays illisible</source>
        <translation>country list unreadable</translation>
    </message>
    <message>
        <source>journal {mode} au lieu de WAL</source>
        <translation>journal {mode} instead of WAL</translation>
    </message>
    <message>
        <source>les sessions écrites ne se relisent pas</source>
        <translation>the sessions written cannot be read back</translation>
    </message>
    <message>
        <source>WAL, {count} sessions écrites et relues dans {folder}</source>
        <translation>WAL, {count} sessions written and read back in {folder}</translation>
    </message>
    <message>
        <source>la police DejaVu Sans n&apos;est pas incorporée au PDF</source>
        <translation>the DejaVu Sans font is not embedded in the PDF</translation>
    </message>
    <message>
        <source>{pages} pages, police DejaVu Sans incorporée</source>
        <translation>{pages} pages, DejaVu Sans font embedded</translation>
    </message>
    <message>
        <source>{written} candidats écrits, {read} relus</source>
        <translation>{written} candidates written, {read} read back</translation>
    </message>
    <message>
        <source>{count} candidats écrits puis relus (.ods)</source>
        <translation>{count} candidates written and read back (.ods)</translation>
    </message>
    <message>
        <source>pas de PDF à ouvrir (voir plus haut)</source>
        <translation>no PDF to open (see above)</translation>
    </message>
    <message>
        <source>PDF de {pages} pages ouvert par PDFium, PNG et JPEG décodés</source>
        <translation>PDF of {pages} pages opened by PDFium, PNG and JPEG decoded</translation>
    </message>
    <message>
        <source>non installé (information : rien n&apos;est enregistré dans un trousseau)</source>
        <translation>not installed (information: nothing is kept in a keyring)</translation>
    </message>
    <message>
        <source>{name} : aucun trousseau utilisable, le mot de passe ne sera pas retenu</source>
        <translation>{name}: no usable keyring, the password will not be remembered</translation>
    </message>
    <message>
        <source>la base de test n&apos;a pas pu être créée (voir plus haut)</source>
        <translation>the scratch store could not be created (see above)</translation>
    </message>
    <message>
        <source>Données de référence</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Base SQLite</source>
        <translation>SQLite store</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Tableur</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Trousseau</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>ÉCHEC</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>[{mark}] {name} : {detail}</source>
        <translation>[{mark}] {name}: {detail}</translation>
    </message>
    <message>
        <source>PixDesk {version} : {failed} vérification(s) sur {total} en échec.</source>
        <translation>PixDesk {version}: {failed} of {total} checks failed.</translation>
    </message>
    <message>
        <source>PixDesk {version} : les {total} vérifications sont passées en {seconds:.1f} s.</source>
        <translation>PixDesk {version}: all {total} checks passed in {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Fenêtre affichée : PixDesk {version}, plateforme {platform}</source>
        <translation>Window shown: PixDesk {version}, platform {platform}</translation>
    </message>
    <message>
        <source>aucun écran : vérifié hors écran</source>
        <translation>no display: checked offscreen</translation>
    </message>
    <message>
        <source>traduction anglaise absente ({text})</source>
        <translation>English translation missing ({text})</translation>
    </message>
    <message>
        <source>traductions françaises de Qt absentes de {folder}</source>
        <translation>Qt&apos;s French translations missing from {folder}</translation>
    </message>
    <message>
        <source>l&apos;icône SVG ne se dessine pas (module SVG de Qt manquant)</source>
        <translation>the SVG icon does not draw (Qt&apos;s SVG module missing)</translation>
    </message>
    <message>
        <source>la fenêtre principale ne se dessine pas</source>
        <translation>the main window does not draw</translation>
    </message>
    <message>
        <source>Qt {qt}, plateforme {platform}, traductions fr et en, fenêtre {size}</source>
        <translation>Qt {qt}, platform {platform}, fr and en translations, window {size}</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>sqlite:///FICHIER ou postgresql://… (défaut : un fichier SQLite dans le dossier de données de l&apos;utilisateur, ou PIXDESK_SERVER_DATABASE)</source>
        <translation>sqlite:///FILE or postgresql://… (default: a SQLite file in the user&apos;s data folder, or PIXDESK_SERVER_DATABASE)</translation>
    </message>
    <message>
        <source>Serveur central PixDesk</source>
        <translation>PixDesk central server</translation>
    </message>
    <message>
        <source>démarre le serveur</source>
        <translation>starts the server</translation>
    </message>
    <message>
        <source>0 : un port libre, affiché au démarrage</source>
        <translation>0: a free port, printed at start</translation>
    </message>
    <message>
        <source>processus serveur (sans état) à lancer</source>
        <translation>(stateless) server processes to start</translation>
    </message>
    <message>
        <source>ne met pas la base à jour au démarrage (faites-le avec « migrate »)</source>
        <translation>does not upgrade the database at start (do it with &quot;migrate&quot;)</translation>
    </message>
    <message>
        <source>adresses du proxy TLS dont les en-têtes X-Forwarded-* sont crus</source>
        <translation>addresses of the TLS proxy whose X-Forwarded-* headers are trusted</translation>
    </message>
    <message>
        <source>met le schéma de la base à jour</source>
        <translation>upgrades the database schema</translation>
    </message>
    <message>
        <source>efface les clés d&apos;idempotence anciennes et les jetons expirés</source>
        <translation>erases old idempotency keys and expired tokens</translation>
    </message>
    <message>
        <source>âge, en jours, des clés d&apos;idempotence à effacer (défaut : 90, au moins 30)</source>
        <translation>age in days of the idempotency keys to erase (default: 90, at least 30)</translation>
    </message>
    <message>
        <source>centres de certification</source>
        <translation>certification centres</translation>
    </message>
    <message>
        <source>ajoute un centre</source>
        <translation>adds a centre</translation>
    </message>
    <message>
        <source>liste les centres</source>
        <translation>lists the centres</translation>
    </message>
    <message>
        <source>comptes des gestionnaires de centre</source>
        <translation>centre managers&apos; accounts</translation>
    </message>
    <message>
        <source>ajoute un compte à un centre</source>
        <translation>adds an account to a centre</translation>
    </message>
    <message>
        <source>change le mot de passe</source>
        <translation>changes the password</translation>
    </message>
    <message>
        <source>retire un compte d&apos;un centre</source>
        <translation>removes an account from a centre</translation>
    </message>
    <message>
        <source>Base à jour : {url}</source>
        <translation>Database up to date: {url}</translation>
    </message>
    <message>
        <source>--database : adresse non prise en charge « {scheme}:// » (sqlite:/// ou postgresql://)</source>
        <translation>--database: unsupported address &quot;{scheme}://&quot; (sqlite:/// or postgresql://)</translation>
    </message>
    <message>
        <source>Base de données inaccessible ({url}) : {reason}</source>
        <translation>Database unreachable ({url}): {reason}</translation>
    </message>
    <message>
        <source>Serveur PixDesk : http://{host}:{port} ({workers} processus, base {url})</source>
        <translation>PixDesk server: http://{host}:{port} ({workers} processes, database {url})</translation>
    </message>
    <message>
        <source>--port : impossible d&apos;écouter sur {host}:{port} ({reason})</source>
        <translation>--port: cannot listen on {host}:{port} ({reason})</translation>
    </message>
    <message>
        <source>Serveur PixDesk : http://{host}:{port} (base {url})</source>
        <translation>PixDesk server: http://{host}:{port} (database {url})</translation>
    </message>
    <message>
        <source>NAME : le nom du centre est obligatoire.</source>
        <translation>NAME: the centre&apos;s name is required.</translation>
    </message>
    <message>
        <source>--habilitations : certification complémentaire inconnue : {key}</source>
        <translation>--habilitations: unknown complementary certification: {key}</translation>
    </message>
    <message>
        <source>NAME : un centre « {name} » existe déjà.</source>
        <translation>NAME: a centre &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <source>Centre {id} ajouté : {name}</source>
        <translation>Centre {id} added: {name}</translation>
    </message>
    <message>
        <source>--centre : aucun centre « {name} » (voir « pixdesk-server centre list »).</source>
        <translation>--centre: no centre &quot;{name}&quot; (see &quot;pixdesk-server centre list&quot;).</translation>
    </message>
    <message>
        <source>EMAIL : adresse e-mail invalide : {email}</source>
        <translation>EMAIL: invalid e-mail address: {email}</translation>
    </message>
    <message>
        <source>Mot de passe : donnez-le dans PIXDESK_SERVER_PASSWORD ou lancez la commande dans un terminal.</source>
        <translation>Password: give it in PIXDESK_SERVER_PASSWORD or run the command in a terminal.</translation>
    </message>
    <message>
        <source>Mot de passe : </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Confirmez le mot de passe : </source>
        <translation>Confirm the password: </translation>
    </message>
    <message>
        <source>Mot de passe : les deux saisies diffèrent.</source>
        <translation>Password: the two entries differ.</translation>
    </message>
    <message>
        <source>Mot de passe : au moins {n} caractères.</source>
        <translation>Password: at least {n} characters.</translation>
    </message>
    <message>
        <source>{email} est membre du centre {name} ({id}).</source>
        <translation>{email} is a member of centre {name} ({id}).</translation>
    </message>
    <message>
        <source>EMAIL : aucun compte {email}.</source>
        <translation>EMAIL: no account {email}.</translation>
    </message>
    <message>
        <source>Mot de passe changé ; {email} doit se reconnecter partout.</source>
        <translation>Password changed; {email} must sign in again everywhere.</translation>
    </message>
    <message>
        <source>--older-than : au moins {days} jours. Un poste resté hors ligne peut renvoyer une écriture dont il n&apos;a pas reçu la réponse ; sa clé d&apos;idempotence doit encore être là.</source>
        <translation>--older-than: at least {days} days. A laptop that stayed offline may resend a write it got no answer for; its idempotency key must still be there.</translation>
    </message>
    <message>
        <source>Effacés : {keys} clés d&apos;idempotence de plus de {days} jours, {access} jetons d&apos;accès expirés, {refresh} jetons de renouvellement expirés depuis plus de {days} jours.</source>
        <translation>Erased: {keys} idempotency keys older than {days} days, {access} expired access tokens, {refresh} refresh tokens expired more than {days} days ago.</translation>
    </message>
    <message>
        <source>{email} n&apos;est plus membre du centre {name}.</source>
        <translation>{email} is no longer a member of centre {name}.</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Candidat né en France : Code Insee OU Code postal et nom de la commune</source>
        <translation>Born in France: INSEE code OR postcode and city name</translation>
    </message>
    <message>
        <source>Candidat né à l&apos;étranger : Code Insee 99 ET nom de la commune</source>
        <translation>Born abroad: INSEE code 99 AND city name</translation>
    </message>
    <message>
        <source>* Nom de naissance</source>
        <translation>* Birth name</translation>
    </message>
    <message>
        <source>* Prénom</source>
        <translation>* First name</translation>
    </message>
    <message>
        <source>Identifiant local</source>
        <translation>Local ID</translation>
    </message>
    <message>
        <source>Temps majoré ?</source>
        <translation>Extra time?</translation>
    </message>
    <message>
        <source>* Date de naissance (format : jj/mm/aaaa)</source>
        <translation>* Date of birth (format: dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Nom de la commune</source>
        <translation>Birth city</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Code Insee</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail de convocation</source>
        <translation>Convocation e-mail</translation>
    </message>
    <message>
        <source>E-mail du destinataire des résultats (formateur, enseignant…)</source>
        <translation>Results recipient e-mail (trainer, teacher…)</translation>
    </message>
    <message>
        <source>* Sexe (M ou F)</source>
        <translation>* Sex (M or F)</translation>
    </message>
    <message>
        <source>Tarification part Pix</source>
        <translation>Pix billing</translation>
    </message>
    <message>
        <source>Code de prépaiement</source>
        <translation>Prepayment code</translation>
    </message>
    <message>
        <source>(&quot;oui&quot; ou laisser vide)</source>
        <translation>(&quot;yes&quot; or leave empty)</translation>
    </message>
    <message>
        <source>La session de certification</source>
        <translation>The certification session</translation>
    </message>
    <message>
        <source>N° de session</source>
        <translation>Session number</translation>
    </message>
    <message>
        <source>Nom du site</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>Nom de la salle</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heure locale (début)</source>
        <translation>Local time (start)</translation>
    </message>
    <message>
        <source>Session surveillée par :</source>
        <translation>Session invigilated by:</translation>
    </message>
    <message>
        <source>Signature des surveillant(s) :</source>
        <translation>Invigilator signature(s):</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Liste des candidats</source>
        <translation>Candidate list</translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Date de naissance (format : jj/mm/aaaa)</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Commune de naissance</source>
        <translation>Birth city</translation>
    </message>
    <message>
        <source>Code du département de naissance</source>
        <translation>Birth department code</translation>
    </message>
    <message>
        <source>Pays de naissance</source>
        <translation>Birth country</translation>
    </message>
    <message>
        <source>Adresse e-mail de convocation</source>
        <translation>Convocation e-mail</translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <source>Créée</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Finalisée</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Résultats transmis par Pix</source>
        <translation>Results sent by Pix</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>La base est utilisée par un autre PixDesk : réessayez dans un instant.</source>
        <translation>The store is in use by another PixDesk: try again in a moment.</translation>
    </message>
    <message>
        <source>Disque plein : libérez de la place sur le disque de {folder}, puis réessayez. Rien n&apos;a été enregistré.</source>
        <translation>Disk full: free some space on the disk of {folder}, then try again. Nothing was saved.</translation>
    </message>
    <message>
        <source>Base en lecture seule : {path} ne peut pas être modifiée (droits du fichier ou de son dossier, ou support protégé). Consultation et impression restent possibles.</source>
        <translation>Read-only store: {path} cannot be changed (permissions of the file or its folder, or a protected medium). Viewing and printing still work.</translation>
    </message>
    <message>
        <source>Base en lecture seule : {path} vient d&apos;une version plus ancienne de PixDesk et doit être mise à jour ; ouvrez-la une fois avec les droits d&apos;écriture.</source>
        <translation>Read-only store: {path} comes from an older PixDesk and must be upgraded; open it once with write permission.</translation>
    </message>
    <message>
        <source>Impossible de créer la base dans {folder} : dossier en lecture seule ou inaccessible.</source>
        <translation>Cannot create the store in {folder}: the folder is read-only or inaccessible.</translation>
    </message>
    <message>
        <source>Impossible de créer la base dans {folder} : ce chemin passe par un fichier, pas un dossier.</source>
        <translation>Cannot create the store in {folder}: that path goes through a file, not a folder.</translation>
    </message>
    <message>
        <source>Base endommagée : {path}. Rien n&apos;y a été écrit. Restaurez la dernière sauvegarde : pixdesk restore &quot;{backup}&quot;</source>
        <translation>Damaged store: {path}. Nothing was written to it. Restore the latest backup: pixdesk restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>Base endommagée : {path}. Rien n&apos;y a été écrit. Restaurez une sauvegarde : pixdesk restore FICHIER</source>
        <translation>Damaged store: {path}. Nothing was written to it. Restore a backup: pixdesk restore FILE</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas une base PixDesk.</source>
        <translation>{path} is not a PixDesk store.</translation>
    </message>
    <message>
        <source>{path} a été écrite par une version plus récente de PixDesk (schéma {version}, celle-ci connaît {known}) : mettez PixDesk à jour.</source>
        <translation>{path} was written by a newer PixDesk (schema {version}, this one knows {known}): update PixDesk.</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas un fichier ordinaire : indiquez un fichier de base PixDesk (.sqlite).</source>
        <translation>{path} is not a regular file: give a PixDesk store file (.sqlite).</translation>
    </message>
    <message>
        <source>chemin de la base vide : indiquez un fichier, ou omettez l&apos;option pour utiliser la base habituelle.</source>
        <translation>empty store path: give a file, or leave the option out to use the usual store.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir {path} : vérifiez que le fichier et son dossier existent et sont accessibles.</source>
        <translation>Cannot open {path}: check that the file and its folder exist and can be accessed.</translation>
    </message>
    <message>
        <source>Erreur de lecture ou d&apos;écriture sur le disque de {path} : vérifiez le support (clé retirée, disque réseau coupé), puis réessayez.</source>
        <translation>Read or write error on the disk of {path}: check the medium (USB key removed, network drive cut off), then try again.</translation>
    </message>
    <message>
        <source>La base a refusé l&apos;opération ({reason}) : rien n&apos;a été enregistré.</source>
        <translation>The store refused the operation ({reason}): nothing was saved.</translation>
    </message>
    <message>
        <source>{path} : fichier introuvable ou qui n&apos;est pas un fichier ordinaire.</source>
        <translation>{path}: file not found or not a regular file.</translation>
    </message>
    <message>
        <source>{path} est endommagé : rien n&apos;a été restauré ; choisissez une autre sauvegarde.</source>
        <translation>{path} is damaged: nothing was restored; choose another backup.</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas une sauvegarde PixDesk : rien n&apos;a été restauré.</source>
        <translation>{path} is not a PixDesk backup: nothing was restored.</translation>
    </message>
    <message>
        <source>{path} vient d&apos;une version plus récente de PixDesk (schéma {version}, celle-ci connaît {known}) : rien n&apos;a été restauré.</source>
        <translation>{path} comes from a newer PixDesk (schema {version}, this one knows {known}): nothing was restored.</translation>
    </message>
    <message>
        <source>{path} est la base elle-même : choisissez une sauvegarde.</source>
        <translation>{path} is the store itself: choose a backup.</translation>
    </message>
    <message>
        <source>Aucune base à sauvegarder : {path} n&apos;existe pas.</source>
        <translation>No store to back up: {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas un fichier ordinaire : indiquez le fichier de sauvegarde à écrire.</source>
        <translation>{path} is not a regular file: give the backup file to write.</translation>
    </message>
    <message>
        <source>{path} est la base elle-même : choisissez un autre fichier.</source>
        <translation>{path} is the store itself: choose another file.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire la sauvegarde {path} : dossier en lecture seule ou accès refusé.</source>
        <translation>Cannot write the backup {path}: read-only folder or access denied.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>À jour</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Modifications en attente</source>
        <translation>Changes pending</translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
</context>
</TS>
