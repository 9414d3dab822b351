package nl.stm.pipeline.letter;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.stm.pipeline.model.DocumentFacts;
import nl.stm.pipeline.model.DocumentRepository;
import nl.stm.pipeline.model.LetterDocument;
import nl.stm.pipeline.pdf.ExtractedLetter;
import nl.stm.pipeline.pdf.letter.LetterHead;

/**
 * Registers a letter as a document version, once per Kamerstuk: a file of a known Kamerstuk whose
 * facts equal the current version's is a copy (recorded, no facts written); one with other facts is a
 * reprint that becomes the current version, the earlier one kept as history with a note of what changed.
 * Decides the document's edition ({@link EditionResolver}) and says where it disagrees.
 */
public class LetterRegistration {

	private static final Logger log = LoggerFactory.getLogger(LetterRegistration.class);

	private static final int CHANGES_SHOWN = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Europe/Amsterdam"));

	private final DocumentRepository documents;

	private final EditionResolver editions;

	public LetterRegistration(DocumentRepository documents, EditionResolver editions) {
		this.documents = documents;
		this.editions = editions;
	}

	/** Registers the letter as a version or a copy, unless this content is known already. */
	public void register(ExtractedLetter letter) {
		if (documents.versionId(letter.sha256()).isPresent() || documents.copy(letter.sha256()).isPresent()) {
			return;
		}
		documents.saveEditions(editions.editions());
		EditionResolver.Choice edition = editions.resolve(letter);
		if (edition.warning() != null) {
			log.warn("{}", edition.warning());
		}
		LetterHead head = letter.head();
		LetterDocument document = new LetterDocument(letter.sha256(), letter.fileName(), letter.pages(), head.dossier(),
				head.number(), head.vergaderjaar(), head.date(), head.sender(), head.title(), head.reference(),
				edition.edition().key());
		Optional<DocumentRepository.Version> current = document.identity().isKamerstuk()
				? documents.currentVersion(document.identity()) : Optional.empty();
		if (current.isEmpty()) {
			documents.saveVersion(document, current, null);
			return;
		}
		DocumentFacts earlier = documents.facts(current.get().id());
		DocumentFacts facts = LetterFacts.of(letter);
		if (facts.sameAs(earlier)) {
			documents.saveCopy(current.get().id(), letter.sha256(), letter.fileName());
		}
		else {
			documents.saveVersion(document, current, changeNote(facts, earlier));
		}
	}

	/** The version id the facts of this content are written to; empty for a copy (nothing is written). */
	public Optional<Long> target(String sha256) {
		Optional<Long> version = documents.versionId(sha256);
		if (version.isEmpty() && documents.copy(sha256).isEmpty()) {
			throw new IllegalStateException("document " + sha256 + " was not registered");
		}
		return version;
	}

	/**
	 * What the import of this content was, for the one output line after "file: ": null for a first
	 * version, else "is a copy of …" or "is a reprint of …: what changed".
	 */
	public String note(String sha256) {
		Optional<DocumentRepository.Copy> copy = documents.copy(sha256);
		if (copy.isPresent()) {
			DocumentRepository.Version of = copy.get().of();
			return "is a copy of " + of.identity().name() + " (imported " + DAY.format(of.importedAt()) + " as "
					+ of.fileName() + "); nothing new";
		}
		return documents.versionId(sha256)
			.flatMap(documents::version)
			.filter(v -> v.versionNo() > 1)
			.map(v -> "is a reprint of " + v.identity().name() + " (version " + v.versionNo() + " replaces version "
					+ (v.versionNo() - 1) + " as current): " + v.changeNote())
			.orElse(null);
	}

	private static String changeNote(DocumentFacts facts, DocumentFacts earlier) {
		List<String> amounts = facts.amountChangesSince(earlier);
		long others = facts.otherChangesSince(earlier);
		StringBuilder note = new StringBuilder();
		note.append(amounts.size()).append(amounts.size() == 1 ? " amount changed" : " amounts changed");
		if (!amounts.isEmpty()) {
			note.append(" (").append(String.join("; ", amounts.subList(0, Math.min(CHANGES_SHOWN, amounts.size()))));
			note.append(amounts.size() > CHANGES_SHOWN ? "; …)" : ")");
		}
		if (others > 0) {
			note.append(", ").append(others).append(others == 1 ? " other fact changed" : " other facts changed");
		}
		return note.toString();
	}
}
