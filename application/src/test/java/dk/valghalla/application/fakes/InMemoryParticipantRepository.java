package dk.valghalla.application.fakes;

import dk.valghalla.application.participant.port.out.CprRefreshRecords;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.participant.port.out.ParticipantSearch;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.participant.CommentId;
import dk.valghalla.domain.participant.EmailAddress;
import dk.valghalla.domain.participant.MobileNumber;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantAlreadyExistsException;
import dk.valghalla.domain.participant.ParticipantComment;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantValidation;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.shared.DanishCollation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The participants in memory. The validation filter reads the outcomes kept by the CPR refresh records given to
 * {@link #readValidationsFrom} (as the database joins its table); without them nobody has been checked.
 */
public class InMemoryParticipantRepository implements ParticipantRepository {
    private final Map<ParticipantId, Participant> participants = new LinkedHashMap<>();
    private final Map<ParticipantId, List<ParticipantComment>> comments = new HashMap<>();
    private CprRefreshRecords validations;

    /** The filter on validation status looks the outcomes up here from now on. */
    public void readValidationsFrom(CprRefreshRecords records) {
        this.validations = records;
    }

    @Override
    public Page<Participant> search(ParticipantSearch s, PageRequest page) {
        List<Participant> matches = matches(s);
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), matches.size(),
                page.page(), page.size());
    }

    @Override
    public void forEachMatching(ParticipantSearch search, Consumer<Participant> action) {
        matches(search).forEach(action);
    }

    private List<Participant> matches(ParticipantSearch s) {
        return participants.values().stream()
                .filter(p -> s.text() == null || matchesText(p, s.text().toLowerCase(Locale.ROOT)))
                .filter(p -> s.cprLookupKey() == null || p.cpr().lookupKey().equals(s.cprLookupKey()))
                .filter(p -> s.team() == null || p.teams().contains(s.team()))
                .filter(p -> s.specialDiet() == null || p.specialDiets().contains(s.specialDiet()))
                .filter(p -> s.digitalPost() == null || p.person().digitalPost() == s.digitalPost())
                .filter(p -> s.addressProtected() == null || p.person().addressProtected() == s.addressProtected())
                .filter(p -> s.validation() == null || validationStatus(p, s) == s.validation())
                .sorted(DanishCollation.comparing(Participant::name)
                        .thenComparing(p -> p.id().value().toString()))
                .map(this::copy)
                .toList();
    }

    private ValidationStatus validationStatus(Participant p, ParticipantSearch s) {
        Optional<ParticipantValidation> kept = validations == null ? Optional.empty()
                : Optional.ofNullable(validations.latest(s.election(), List.of(p.id())).get(p.id()));
        return ValidationStatus.of(kept);
    }

    private static boolean matchesText(Participant p, String text) {
        return p.name().toLowerCase(Locale.ROOT).contains(text)
                || p.email().map(EmailAddress::value).map(e -> e.toLowerCase(Locale.ROOT).contains(text)).orElse(false)
                || p.mobile().map(MobileNumber::digits).map(m -> m.contains(text)).orElse(false)
                || p.cpr().masked().toLowerCase(Locale.ROOT).contains(text);
    }

    @Override
    public Optional<Participant> findById(ParticipantId id) {
        return Optional.ofNullable(participants.get(id)).map(this::copy);
    }

    @Override
    public Optional<Participant> lockById(ParticipantId id) {
        return findById(id);
    }

    @Override
    public List<Participant> findAll(Collection<ParticipantId> ids) {
        return ids.stream().map(participants::get).filter(Objects::nonNull).map(this::copy).toList();
    }

    @Override
    public Optional<ParticipantId> findIdByCprLookupKey(String lookupKey) {
        return participants.values().stream().filter(p -> p.cpr().lookupKey().equals(lookupKey))
                .map(Participant::id).findFirst();
    }

    @Override
    public void add(Participant p) {
        if (findIdByCprLookupKey(p.cpr().lookupKey()).isPresent()) {
            throw new ParticipantAlreadyExistsException(p.cpr().masked());
        }
        participants.put(p.id(), withVersion(p, 0));
        comments.put(p.id(), new ArrayList<>());
    }

    @Override
    public void update(Participant p) {
        Participant stored = participants.get(p.id());
        if (stored == null || stored.version() != p.version()) {
            throw new ConcurrentModificationException("participant", p.id());
        }
        participants.put(p.id(), withVersion(p, p.version() + 1));
    }

    @Override
    public void addComment(ParticipantId participant, ParticipantComment comment) {
        comments.computeIfAbsent(participant, k -> new ArrayList<>()).add(comment);
    }

    @Override
    public boolean removeComment(ParticipantId participant, CommentId comment) {
        return comments.getOrDefault(participant, new ArrayList<>()).removeIf(c -> c.id().equals(comment));
    }

    @Override
    public void removeAll(Collection<ParticipantId> ids) {
        ids.forEach(id -> {
            participants.remove(id);
            comments.remove(id);
        });
    }

    /** Test helper: every participant stored. */
    public List<Participant> all() {
        return participants.values().stream().map(this::copy).toList();
    }

    /** Test helper: how many participants are stored. */
    public int count() {
        return participants.size();
    }

    private Participant copy(Participant p) {
        List<ParticipantComment> theirs = new ArrayList<>(comments.getOrDefault(p.id(), List.of()));
        theirs.sort(Comparator.comparing(ParticipantComment::writtenAt).reversed());
        return Participant.reconstitute(p.id(), p.cpr(), p.person(), p.mobile().orElse(null), p.email().orElse(null),
                p.specialDiets(), p.teams(), p.responsibleForTeams(), p.responsibleForWorkLocations(), theirs,
                p.createdAt(), p.version());
    }

    private static Participant withVersion(Participant p, long version) {
        return Participant.reconstitute(p.id(), p.cpr(), p.person(), p.mobile().orElse(null), p.email().orElse(null),
                p.specialDiets(), p.teams(), p.responsibleForTeams(), p.responsibleForWorkLocations(), List.of(),
                p.createdAt(), version);
    }
}
