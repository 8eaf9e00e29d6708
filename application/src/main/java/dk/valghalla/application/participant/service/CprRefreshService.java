package dk.valghalla.application.participant.service;

import dk.valghalla.application.participant.port.in.CprRefreshReport;
import dk.valghalla.application.participant.port.in.RefreshParticipantsCprUseCase;
import dk.valghalla.application.participant.port.out.CprRefreshLimits;
import dk.valghalla.application.participant.port.out.CprRefreshRecords.Candidate;
import dk.valghalla.application.participant.port.out.CprVault;
import dk.valghalla.application.participant.port.out.PersonRegister;
import dk.valghalla.application.participant.service.CprRefreshSteps.Answer;
import dk.valghalla.application.participant.service.CprRefreshSteps.Plan;
import dk.valghalla.application.shared.throttle.ThrottledCalls;
import dk.valghalla.application.shared.throttle.TokenBucket;
import dk.valghalla.application.tenant.TenantWork;
import dk.valghalla.application.tenant.port.out.TenantRegistry;
import dk.valghalla.domain.participant.CprRefreshRun;
import dk.valghalla.domain.participant.PersonNotFoundException;
import dk.valghalla.domain.participant.PersonRegisterUnavailableException;
import dk.valghalla.domain.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The periodic CPR refresh (run by a cluster-safe job): in every municipality with an active election, a pass over
 * all participants in id order, batch by batch. Per batch the look-ups run in parallel, bounded in number and rate
 * ({@link CprRefreshLimits}), outside any transaction; then one transaction keeps the answers and the progress. A
 * pass interrupted by a crash continues after the last batch kept. When the register cannot answer a look-up, the
 * answers before it are kept and the pass stops there, to continue at the next execution.
 */
@ApplicationScoped
public class CprRefreshService implements RefreshParticipantsCprUseCase {
    private static final Logger LOG = Logger.getLogger(CprRefreshService.class.getName());

    private final TenantRegistry tenants;
    private final TenantWork tenantWork;
    private final CprRefreshSteps steps;
    private final PersonRegister register;
    private final CprVault vault;
    private final CprRefreshLimits limits;
    private final Clock clock;
    private final Function<CprRefreshLimits, TokenBucket> rateLimiter;

    @Inject
    public CprRefreshService(TenantRegistry tenants, TenantWork tenantWork, CprRefreshSteps steps,
                             PersonRegister register, CprVault vault, CprRefreshLimits limits, Clock clock) {
        this(tenants, tenantWork, steps, register, vault, limits, clock,
                l -> TokenBucket.perSecond(l.callsPerSecond(), 1));
    }

    /** With a rate limiter of the caller's choice (tests: on a fake ticker). */
    public CprRefreshService(TenantRegistry tenants, TenantWork tenantWork, CprRefreshSteps steps,
                             PersonRegister register, CprVault vault, CprRefreshLimits limits, Clock clock,
                             Function<CprRefreshLimits, TokenBucket> rateLimiter) {
        this.tenants = tenants;
        this.tenantWork = tenantWork;
        this.steps = steps;
        this.register = register;
        this.vault = vault;
        this.limits = limits;
        this.clock = clock;
        this.rateLimiter = rateLimiter;
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public CprRefreshReport refreshParticipantsCpr() {
        long started = System.nanoTime();
        Totals totals = new Totals();
        try (ThrottledCalls calls = new ThrottledCalls(rateLimiter.apply(limits), limits.maxConcurrentCalls(),
                "cpr-refresh")) {
            for (Tenant tenant : tenants.findAll()) {
                try {
                    tenantWork.runAs(tenant, () -> refresh(tenant, calls, totals));
                } catch (RegisterUnavailable e) {
                    LOG.warning("CPR refresh for tenant " + tenant.id() + " stopped: the register did not answer; it"
                            + " continues at the next execution");
                    totals.failed.add(tenant.id().value());
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "CPR refresh failed for tenant " + tenant.id(), e);
                    totals.failed.add(tenant.id().value());
                }
            }
            return new CprRefreshReport(totals.tenants, totals.participants, calls.calls(), totals.ineligible,
                    totals.notInCpr, totals.unavailable, totals.finished, calls.peakConcurrency(),
                    Duration.ofNanos(System.nanoTime() - started), totals.failed);
        }
    }

    /**
     * The pass, batch by batch. The look-ups of the next batch start before the answers of the current one are kept,
     * so the register is never idle while the database works; a crash then repeats at most those look-ups.
     */
    private void refresh(Tenant tenant, ThrottledCalls calls, Totals totals) {
        Optional<Plan> plan = steps.begin();
        if (plan.isEmpty()) {
            return;
        }
        totals.tenants++;
        CprRefreshRun run = plan.get().run();
        List<Candidate> batch = steps.nextBatch(run.lastDone(), limits.batchSize());
        ThrottledCalls.Started<Answer> pending = calls.start(batch, c -> lookUp(tenant, c));
        try {
            while (!batch.isEmpty()) {
                List<Answer> answers = pending.join();
                int stop = 0;
                while (stop < answers.size() && !answers.get(stop).unavailable()) {
                    stop++;
                }
                totals.unavailable += (int) answers.stream().filter(Answer::unavailable).count();
                List<Candidate> next = List.of();
                if (stop == answers.size()) {
                    next = steps.nextBatch(Optional.of(batch.get(batch.size() - 1).id()), limits.batchSize());
                    pending = calls.start(next, c -> lookUp(tenant, c));
                }
                if (stop > 0) {
                    int participants = run.participants();
                    int ineligible = run.ineligible();
                    int notInCpr = run.notInCpr();
                    steps.keep(run, plan.get().elections(), answers.subList(0, stop));
                    totals.participants += run.participants() - participants;
                    totals.ineligible += run.ineligible() - ineligible;
                    totals.notInCpr += run.notInCpr() - notInCpr;
                }
                if (stop < answers.size()) {
                    throw new RegisterUnavailable();
                }
                batch = next;
            }
        } catch (RuntimeException e) {
            pending.cancel();
            throw e;
        }
        steps.finish(run, plan.get().elections());
        totals.finished++;
    }

    private Answer lookUp(Tenant tenant, Candidate candidate) {
        return tenantWork.callAs(tenant, () -> {
            try {
                return Answer.found(candidate, register.lookup(vault.open(candidate.cpr())), clock.instant());
            } catch (PersonNotFoundException e) {
                return Answer.notFound(candidate);
            } catch (PersonRegisterUnavailableException e) {
                return Answer.unavailable(candidate);
            }
        });
    }

    private static final class Totals {
        int tenants;
        int participants;
        int ineligible;
        int notInCpr;
        int unavailable;
        int finished;
        final List<String> failed = new ArrayList<>();
    }

    private static final class RegisterUnavailable extends RuntimeException {
        RegisterUnavailable() {
            super("The CPR register did not answer", null, false, false);
        }
    }
}
