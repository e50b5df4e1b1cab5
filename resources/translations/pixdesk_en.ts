<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
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
        <source>Ligne %1 : </source>
        <translation>Line %1: </translation>
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
        <source>&amp;Centre de certification…</source>
        <translation>&amp;Certification centre…</translation>
    </message>
    <message>
        <source>Se &amp;connecter au serveur Pix…</source>
        <translation>Sign &amp;in to the Pix server…</translation>
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
        <source>E-mail %1 enregistré. La synchronisation arrivera bientôt ; PixDesk travaille hors ligne.</source>
        <translation>E-mail %1 saved. Sync is coming soon; PixDesk works offline meanwhile.</translation>
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
        <source>La synchronisation avec Pix Certif n&apos;est pas encore disponible : vos sessions restent sur cet ordinateur. Le mot de passe n&apos;est jamais enregistré.</source>
        <translation>Syncing with Pix Certif is not available yet: your sessions stay on this computer. The password is never stored.</translation>
    </message>
    <message>
        <source>Utiliser hors ligne</source>
        <translation>Use offline</translation>
    </message>
    <message>
        <source>Veuillez indiquer une adresse e-mail valide.</source>
        <translation>Please enter a valid e-mail address.</translation>
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
</TS>
