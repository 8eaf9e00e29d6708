package dk.valghalla.adapter.persistence.participant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A participant; the CPR number only sealed, hashed and masked (ADR 0017). */
@Entity
@Table(name = "participant")
public class ParticipantEntity {
    @Id
    public UUID id;

    @Column(name = "cpr_sealed")
    public String cprSealed;

    @Column(name = "cpr_lookup_key")
    public String cprLookupKey;

    @Column(name = "cpr_masked")
    public String cprMasked;

    @Column(name = "first_names")
    public String firstNames;

    @Column(name = "middle_name")
    public String middleName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "addressing_name")
    public String addressingName;

    /** "First Middle Last", collated "danish": the list's order. */
    @Column(name = "full_name")
    public String fullName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "cpr_status")
    public String cprStatus;

    @Column(name = "street_address")
    public String streetAddress;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(name = "post_district")
    public String postDistrict;

    /** Null when the person has no Danish address. */
    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "co_name")
    public String coName;

    /** The lines of the address abroad, joined by line breaks; null when there is none. */
    @Column(name = "foreign_address")
    public String foreignAddress;

    @Column(name = "foreign_country")
    public Integer foreignCountry;

    @Column(name = "emigration_date")
    public LocalDate emigrationDate;

    public Integer citizenship;

    public String guardianship;

    @Column(name = "address_protected")
    public boolean addressProtected;

    @Column(name = "digital_post")
    public String digitalPost;

    @Column(name = "cpr_fetched_at")
    public Instant cprFetchedAt;

    public String mobile;

    public String email;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "participant_team", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "team_id")
    public Set<UUID> teamIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "participant_special_diet", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "special_diet_id")
    public Set<UUID> specialDietIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "team_responsible", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "team_id")
    public Set<UUID> responsibleTeamIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "work_location_responsible", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "work_location_id")
    public Set<UUID> responsibleWorkLocationIds = new HashSet<>();

    @Version
    public long version;
}
