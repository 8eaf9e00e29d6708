package dk.valghalla.adapter.persistence.participant;

import dk.valghalla.adapter.persistence.shared.ConstraintViolations;
import dk.valghalla.adapter.persistence.shared.LikePatterns;
import dk.valghalla.application.participant.port.out.ParticipantRepository;
import dk.valghalla.application.participant.port.out.ParticipantSearch;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.participant.CommentId;
import dk.valghalla.domain.participant.CountryCode;
import dk.valghalla.domain.participant.DanishAddress;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.EmailAddress;
import dk.valghalla.domain.participant.ForeignAddress;
import dk.valghalla.domain.participant.Guardianship;
import dk.valghalla.domain.participant.MobileNumber;
import dk.valghalla.domain.participant.Participant;
import dk.valghalla.domain.participant.ParticipantAlreadyExistsException;
import dk.valghalla.domain.participant.ParticipantComment;
import dk.valghalla.domain.participant.ParticipantId;
import dk.valghalla.domain.participant.ParticipantNotFoundException;
import dk.valghalla.domain.participant.ParticipantReferenceException;
import dk.valghalla.domain.participant.PersonName;
import dk.valghalla.domain.participant.PersonSnapshot;
import dk.valghalla.domain.participant.PersonStatus;
import dk.valghalla.domain.participant.SealedCpr;
import dk.valghalla.domain.participant.ValidationStatus;
import dk.valghalla.domain.shared.ConcurrentModificationException;
import dk.valghalla.domain.specialdiet.SpecialDietId;
import dk.valghalla.domain.team.TeamId;
import dk.valghalla.domain.tenant.MunicipalityCode;
import dk.valghalla.domain.worklocation.WorkLocationId;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaParticipantRepository implements ParticipantRepository {
    private static final String CPR_UNIQUE = "participant_cpr_unique";
    private static final String TEAM_FK = "participant_team_team_fk";
    private static final String DIET_FK = "participant_special_diet_diet_fk";
    private static final String RESPONSIBLE_TEAM_FK = "team_responsible_team_fk";
    private static final String RESPONSIBLE_LOCATION_FK = "work_location_responsible_work_location_fk";

    private final ParticipantPanacheRepository panache;
    private final ParticipantCommentPanacheRepository comments;

    public JpaParticipantRepository(ParticipantPanacheRepository panache, ParticipantCommentPanacheRepository comments) {
        this.panache = panache;
        this.comments = comments;
    }

    @Override
    public Page<Participant> search(ParticipantSearch s, PageRequest page) {
        Sort byName = Sort.by("fullName").and("id");
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (s.text() != null) {
            conditions.add("(lower(fullName) like :text escape '\\' or lower(email) like :text escape '\\'"
                    + " or mobile like :text escape '\\' or lower(cprMasked) like :text escape '\\')");
            parameters = parameters.and("text", LikePatterns.contains(s.text()));
        }
        if (s.cprLookupKey() != null) {
            conditions.add("cprLookupKey = :lookupKey");
            parameters = parameters.and("lookupKey", s.cprLookupKey());
        }
        if (s.team() != null) {
            conditions.add(":team member of teamIds");
            parameters = parameters.and("team", s.team().value());
        }
        if (s.specialDiet() != null) {
            conditions.add(":diet member of specialDietIds");
            parameters = parameters.and("diet", s.specialDiet().value());
        }
        if (s.digitalPost() != null) {
            conditions.add("digitalPost = :digitalPost");
            parameters = parameters.and("digitalPost", s.digitalPost().name());
        }
        if (s.addressProtected() != null) {
            conditions.add("addressProtected = :protected");
            parameters = parameters.and("protected", s.addressProtected());
        }
        if (s.validation() != null) {
            parameters = parameters.and("election", s.election().value());
            if (s.validation() == ValidationStatus.NOT_CHECKED) {
                conditions.add("id not in (select v.participantId from ParticipantValidationEntity v"
                        + " where v.electionId = :election)");
            } else {
                conditions.add("id in (select v.participantId from ParticipantValidationEntity v"
                        + " where v.electionId = :election and v.outcome = :outcome)");
                parameters = parameters.and("outcome", s.validation().name());
            }
        }
        PanacheQuery<ParticipantEntity> query = conditions.isEmpty()
                ? panache.findAll(byName)
                : panache.find(String.join(" and ", conditions), byName, parameters);
        List<ParticipantEntity> entities = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list();
        return new Page<>(toDomain(entities), query.count(), page.page(), page.size());
    }

    /**
     * Plain JDBC on the session's connection (bound to the tenant's schema): a forward-only cursor that PostgreSQL
     * sends {@value #FETCH_SIZE} rows at a time (the driver streams only inside a transaction, i.e. with auto-commit
     * off), and no entities in the persistence context. Teams, diets and rights come along as id lists in the same
     * row, so there is one query for all of it.
     */
    @Override
    public void forEachMatching(ParticipantSearch s, Consumer<Participant> action) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (s.text() != null) {
            conditions.add("(lower(p.full_name) like ? escape '\\' or lower(p.email) like ? escape '\\'"
                    + " or p.mobile like ? escape '\\' or lower(p.cpr_masked) like ? escape '\\')");
            String pattern = LikePatterns.contains(s.text());
            parameters.addAll(List.of(pattern, pattern, pattern, pattern));
        }
        if (s.cprLookupKey() != null) {
            conditions.add("p.cpr_lookup_key = ?");
            parameters.add(s.cprLookupKey());
        }
        if (s.team() != null) {
            conditions.add("exists (select 1 from participant_team t where t.participant_id = p.id and t.team_id = ?)");
            parameters.add(s.team().value());
        }
        if (s.specialDiet() != null) {
            conditions.add("exists (select 1 from participant_special_diet d where d.participant_id = p.id"
                    + " and d.special_diet_id = ?)");
            parameters.add(s.specialDiet().value());
        }
        if (s.digitalPost() != null) {
            conditions.add("p.digital_post = ?");
            parameters.add(s.digitalPost().name());
        }
        if (s.addressProtected() != null) {
            conditions.add("p.address_protected = ?");
            parameters.add(s.addressProtected());
        }
        if (s.validation() == ValidationStatus.NOT_CHECKED) {
            conditions.add("not exists (select 1 from participant_validation v where v.participant_id = p.id"
                    + " and v.election_id = ?)");
            parameters.add(s.election().value());
        } else if (s.validation() != null) {
            conditions.add("exists (select 1 from participant_validation v where v.participant_id = p.id"
                    + " and v.election_id = ? and v.outcome = ?)");
            parameters.add(s.election().value());
            parameters.add(s.validation().name());
        }
        String sql = "select p.*,"
                + " array_to_string(array(select team_id from participant_team where participant_id = p.id), ',') as team_ids,"
                + " array_to_string(array(select special_diet_id from participant_special_diet where participant_id = p.id), ',') as diet_ids,"
                + " array_to_string(array(select team_id from team_responsible where participant_id = p.id), ',') as responsible_team_ids,"
                + " array_to_string(array(select work_location_id from work_location_responsible where participant_id = p.id), ',') as responsible_location_ids"
                + " from participant p" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by p.full_name, p.id";
        panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        action.accept(toDomain(entity(rows), List.of()));
                    }
                }
            }
        });
    }

    private static final int FETCH_SIZE = 500;

    private static ParticipantEntity entity(ResultSet r) throws SQLException {
        ParticipantEntity e = new ParticipantEntity();
        e.id = r.getObject("id", UUID.class);
        e.cprSealed = r.getString("cpr_sealed");
        e.cprLookupKey = r.getString("cpr_lookup_key");
        e.cprMasked = r.getString("cpr_masked");
        e.firstNames = r.getString("first_names");
        e.middleName = r.getString("middle_name");
        e.lastName = r.getString("last_name");
        e.addressingName = r.getString("addressing_name");
        e.fullName = r.getString("full_name");
        e.birthDate = r.getObject("birth_date", LocalDate.class);
        e.cprStatus = r.getString("cpr_status");
        e.streetAddress = r.getString("street_address");
        e.postalCode = r.getString("postal_code");
        e.postDistrict = r.getString("post_district");
        e.municipalityCode = r.getString("municipality_code");
        e.coName = r.getString("co_name");
        e.foreignAddress = r.getString("foreign_address");
        e.foreignCountry = r.getObject("foreign_country", Integer.class);
        e.emigrationDate = r.getObject("emigration_date", LocalDate.class);
        e.citizenship = r.getObject("citizenship", Integer.class);
        e.guardianship = r.getString("guardianship");
        e.addressProtected = r.getBoolean("address_protected");
        e.digitalPost = r.getString("digital_post");
        e.cprFetchedAt = r.getObject("cpr_fetched_at", OffsetDateTime.class).toInstant();
        e.mobile = r.getString("mobile");
        e.email = r.getString("email");
        e.createdAt = r.getObject("created_at", OffsetDateTime.class).toInstant();
        e.version = r.getLong("version");
        e.teamIds = uuids(r.getString("team_ids"));
        e.specialDietIds = uuids(r.getString("diet_ids"));
        e.responsibleTeamIds = uuids(r.getString("responsible_team_ids"));
        e.responsibleWorkLocationIds = uuids(r.getString("responsible_location_ids"));
        return e;
    }

    private static Set<UUID> uuids(String commaSeparated) {
        Set<UUID> ids = new HashSet<>();
        if (commaSeparated != null && !commaSeparated.isEmpty()) {
            for (String id : commaSeparated.split(",")) {
                ids.add(UUID.fromString(id));
            }
        }
        return ids;
    }

    @Override
    public Optional<Participant> findById(ParticipantId id) {
        return panache.findByIdOptional(id.value()).map(e -> toDomain(List.of(e)).get(0));
    }

    @Override
    public Optional<Participant> lockById(ParticipantId id) {
        return panache.findByIdOptional(id.value(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .map(e -> toDomain(List.of(e)).get(0));
    }

    @Override
    public List<Participant> findAll(Collection<ParticipantId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return toDomain(panache.list("id in ?1", ids.stream().map(ParticipantId::value).toList()));
    }

    @Override
    public Optional<ParticipantId> findIdByCprLookupKey(String lookupKey) {
        return panache.getEntityManager()
                .createQuery("select p.id from ParticipantEntity p where p.cprLookupKey = :key", UUID.class)
                .setParameter("key", lookupKey).getResultStream().findFirst().map(ParticipantId::new);
    }

    @Override
    public void add(Participant participant) {
        ParticipantEntity e = new ParticipantEntity();
        e.id = participant.id().value();
        e.cprSealed = participant.cpr().sealed();
        e.cprLookupKey = participant.cpr().lookupKey();
        e.cprMasked = participant.cpr().masked();
        e.createdAt = participant.createdAt();
        copy(participant, e);
        try {
            panache.persistAndFlush(e);
        } catch (PersistenceException ex) {
            throw translate(ex, participant);
        }
    }

    @Override
    public void update(Participant participant) {
        ParticipantEntity e = panache.findByIdOptional(participant.id().value())
                .orElseThrow(() -> new ParticipantNotFoundException(participant.id()));
        if (e.version != participant.version()) {
            throw new ConcurrentModificationException("participant", participant.id());
        }
        copy(participant, e);
        try {
            panache.flush();
        } catch (OptimisticLockException ex) {
            throw new ConcurrentModificationException("participant", participant.id());
        } catch (PersistenceException ex) {
            throw translate(ex, participant);
        }
    }

    @Override
    public void addComment(ParticipantId participant, ParticipantComment comment) {
        ParticipantCommentEntity e = new ParticipantCommentEntity();
        e.id = comment.id().value();
        e.participantId = participant.value();
        e.authorId = comment.authorId();
        e.authorName = comment.authorName();
        e.writtenAt = comment.writtenAt();
        e.text = comment.text();
        comments.persistAndFlush(e);
    }

    @Override
    public boolean removeComment(ParticipantId participant, CommentId comment) {
        return comments.delete("id = ?1 and participantId = ?2", comment.value(), participant.value()) > 0;
    }

    @Override
    public void removeAll(Collection<ParticipantId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        // Comments, memberships, diets and rights go with them (on delete cascade).
        panache.delete("id in ?1", ids.stream().map(ParticipantId::value).toList());
        panache.flush();
    }

    private static RuntimeException translate(PersistenceException ex, Participant participant) {
        if (ConstraintViolations.named(ex, CPR_UNIQUE).isPresent()) {
            return new ParticipantAlreadyExistsException(participant.cpr().masked());
        }
        if (ConstraintViolations.named(ex, TEAM_FK).isPresent()) {
            return ParticipantReferenceException.teams(participant.teams());
        }
        if (ConstraintViolations.named(ex, DIET_FK).isPresent()) {
            return ParticipantReferenceException.specialDiets(participant.specialDiets());
        }
        if (ConstraintViolations.named(ex, RESPONSIBLE_TEAM_FK).isPresent()) {
            return ParticipantReferenceException.teams(participant.responsibleForTeams());
        }
        if (ConstraintViolations.named(ex, RESPONSIBLE_LOCATION_FK).isPresent()) {
            return ParticipantReferenceException.workLocations(participant.responsibleForWorkLocations());
        }
        return ex;
    }

    private static void copy(Participant p, ParticipantEntity e) {
        PersonSnapshot person = p.person();
        PersonName name = person.name();
        e.firstNames = name.firstNames();
        e.middleName = name.middleName().orElse(null);
        e.lastName = name.lastName();
        e.addressingName = name.addressingName();
        e.fullName = name.fullName();
        e.birthDate = person.birthDate();
        e.cprStatus = person.status().name();
        Optional<DanishAddress> address = person.address();
        e.streetAddress = address.map(DanishAddress::streetAddress).orElse(null);
        e.postalCode = address.map(DanishAddress::postalCode).orElse(null);
        e.postDistrict = address.map(DanishAddress::postDistrict).orElse(null);
        e.municipalityCode = address.map(a -> a.municipality().value()).orElse(null);
        e.coName = address.flatMap(DanishAddress::coName).orElse(null);
        Optional<ForeignAddress> foreign = person.foreignAddress();
        e.foreignAddress = foreign.map(f -> String.join("\n", f.lines())).orElse(null);
        e.foreignCountry = foreign.flatMap(ForeignAddress::country).map(CountryCode::value).orElse(null);
        e.emigrationDate = foreign.flatMap(ForeignAddress::emigrationDate).orElse(null);
        e.citizenship = person.citizenship().map(CountryCode::value).orElse(null);
        e.guardianship = person.guardianship().name();
        e.addressProtected = person.addressProtected();
        e.digitalPost = person.digitalPost().name();
        e.cprFetchedAt = person.fetchedAt();
        e.mobile = p.mobile().map(MobileNumber::digits).orElse(null);
        e.email = p.email().map(EmailAddress::value).orElse(null);
        sync(e.teamIds, p.teams().stream().map(TeamId::value).collect(Collectors.toSet()));
        sync(e.specialDietIds, p.specialDiets().stream().map(SpecialDietId::value).collect(Collectors.toSet()));
        sync(e.responsibleTeamIds, p.responsibleForTeams().stream().map(TeamId::value).collect(Collectors.toSet()));
        sync(e.responsibleWorkLocationIds,
                p.responsibleForWorkLocations().stream().map(WorkLocationId::value).collect(Collectors.toSet()));
    }

    private static void sync(Set<UUID> stored, Set<UUID> wanted) {
        stored.retainAll(wanted);
        stored.addAll(wanted);
    }

    /** The participants with their comments (one query for the comments of all of them). */
    private List<Participant> toDomain(List<ParticipantEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ParticipantComment>> commentsByParticipant = comments
                .list("participantId in ?1", Sort.by("writtenAt", Sort.Direction.Descending).and("id"),
                        entities.stream().map(e -> e.id).toList())
                .stream().collect(Collectors.groupingBy(c -> c.participantId,
                        Collectors.mapping(JpaParticipantRepository::toDomain, Collectors.toList())));
        return entities.stream().map(e -> toDomain(e, commentsByParticipant.getOrDefault(e.id, List.of()))).toList();
    }

    private static ParticipantComment toDomain(ParticipantCommentEntity c) {
        return new ParticipantComment(new CommentId(c.id), c.authorId, c.authorName, c.writtenAt, c.text);
    }

    private static Participant toDomain(ParticipantEntity e, List<ParticipantComment> comments) {
        Optional<DanishAddress> address = Optional.ofNullable(e.municipalityCode).map(code -> new DanishAddress(
                e.streetAddress, e.postalCode, e.postDistrict, new MunicipalityCode(code), Optional.ofNullable(e.coName)));
        Optional<ForeignAddress> foreign = Optional.ofNullable(e.foreignAddress).map(lines -> new ForeignAddress(
                lines.isEmpty() ? List.of() : List.of(lines.split("\n")),
                Optional.ofNullable(e.foreignCountry).map(CountryCode::new), Optional.ofNullable(e.emigrationDate)));
        PersonSnapshot person = new PersonSnapshot(
                new PersonName(e.firstNames, Optional.ofNullable(e.middleName), e.lastName, e.addressingName),
                e.birthDate, PersonStatus.valueOf(e.cprStatus), address, foreign,
                Optional.ofNullable(e.citizenship).map(CountryCode::new), Guardianship.valueOf(e.guardianship),
                e.addressProtected, DigitalPostRegistration.valueOf(e.digitalPost), e.cprFetchedAt);
        return Participant.reconstitute(new ParticipantId(e.id), new SealedCpr(e.cprMasked, e.cprSealed, e.cprLookupKey),
                person, e.mobile == null ? null : new MobileNumber(e.mobile),
                e.email == null ? null : new EmailAddress(e.email),
                ids(e.specialDietIds, SpecialDietId::new), ids(e.teamIds, TeamId::new),
                ids(e.responsibleTeamIds, TeamId::new), ids(e.responsibleWorkLocationIds, WorkLocationId::new),
                comments, e.createdAt, e.version);
    }

    private static <T> Set<T> ids(Set<UUID> values, Function<UUID, T> id) {
        return values.stream().map(id).collect(Collectors.toSet());
    }
}
