import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Stack, Stepper, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { OffboardingCaseView } from '@shared/contract/offboarding';
import { stepValuesSchema } from '@shared/contract/offboarding-values';
import type { Language } from '@shared/domain/format';
import { letterText, renderLetter } from '@shared/domain/letters/render';
import { frontier } from '@shared/domain/offboarding/machine';
import { pathSpecs, stepSpec } from '@shared/domain/offboarding/paths';
import { ApiError } from '../../lib/api';
import { ErrorAlert } from '../../lib/error-alert';
import { applyServerIssues, contractResolver } from '../../lib/form';
import { useFormat } from '../../lib/format';
import { useSettings } from '../../lib/use-settings';
import { CaseFinished } from './case-finished';
import { letterValues } from './letter-values';
import { StepField } from './step-fields';
import { StepPanel } from './step-panels';
import { toForm, toInput, type StepForm } from './step-values';
import { useAbandonCase, useOffboardingCase, useOpenStep, useOverrideHold, useSaveStep } from './use-offboarding';

export function CasePage() {
  const caseId = Number(useParams()['id']);
  const q = useOffboardingCase(caseId);
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return null;
  return <Wizard c={q.data} />;
}

function Wizard({ c }: { c: OffboardingCaseView }) {
  const { t } = useTranslation();
  const spec = pathSpecs[c.path];
  const open = useOpenStep();
  const isOpen = c.status === 'open';
  const active = isOpen ? spec.steps.findIndex((s) => s.id === c.step) : spec.steps.length;
  const reachable = frontier(spec, c.completed);
  return (
    <Stack>
      <Anchor component={Link} to={`/clients/${c.clientId}`} size="sm">
        ← {c.clientName}
      </Anchor>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t(`offboarding.paths.${c.path}.title`)}</Title>
          <Text c="dimmed" size="sm">
            {c.clientName} · {t(`offboarding.paths.${c.path}.help`)}
          </Text>
        </div>
        <Badge variant="light" color={isOpen ? 'blue' : c.status === 'completed' ? 'green' : 'gray'}>
          {t(`offboarding.status.${c.status}`)}
        </Badge>
      </Group>
      <Stepper
        active={active}
        size="sm"
        onStepClick={(i) => open.mutate({ caseId: c.id, step: spec.steps[i]!.id })}
        allowNextStepsSelect={false}
      >
        {spec.steps.map((s, i) => (
          <Stepper.Step
            key={s.id}
            label={t(`offboarding.steps.${c.path}.${s.id}`)}
            description={c.skipped.includes(s.id) ? t('offboarding.actions.skip') : undefined}
            allowStepSelect={isOpen && i <= reachable}
          >
            {/* keyed: a new step (or a re-opened one) starts from its own saved answers */}
            <StepBody key={`${c.step}:${c.completed.length}:${c.skipped.length}`} c={c} />
          </Stepper.Step>
        ))}
        <Stepper.Completed>
          <CaseFinished c={c} />
        </Stepper.Completed>
      </Stepper>
      {open.error ? <ErrorAlert error={open.error} /> : null}
    </Stack>
  );
}

function StepBody({ c }: { c: OffboardingCaseView }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const profile = useSettings().data?.profile ?? null;
  const currency = c.facts.unpaid[0]?.currency ?? profile?.currency ?? 'TRY';
  const fields = stepSpec(c.path, c.step)?.fields ?? [];
  const schema = stepValuesSchema(c.path, c.step)!;
  const save = useSaveStep();
  const [overriding, overrideModal] = useDisclosure(false);
  const [abandoning, abandonModal] = useDisclosure(false);

  const mergeWith = (current: StepForm) =>
    letterValues(c, { ...c.values, [c.step]: toInput(fields, current, currency) }, profile, fmt);
  const initial = () => {
    const values = toForm(fields, c.values[c.step], c.facts.today, currency);
    for (const f of fields) {
      if (f.type === 'letter' && values[f.name] === '') {
        values[f.name] = letterText(renderLetter(f.letter, i18n.language as Language, mergeWith(values)));
      }
    }
    return values;
  };
  const form = useForm<StepForm>({
    defaultValues: initial(),
    resolver: contractResolver(schema, (v: StepForm) => toInput(fields, v, currency)),
    mode: 'onTouched',
  });
  const error = (name: string) => {
    const e = (form.formState.errors as Record<string, { message?: string } | undefined>)[name];
    return e?.message ? t(e.message) : undefined;
  };
  const submit = form.handleSubmit(async (v) => {
    try {
      // the stepper moving on is the confirmation; a toast would sit on the next step's buttons
      await save.mutateAsync({ caseId: c.id, step: c.step, values: toInput(fields, v, currency) });
    } catch (e) {
      applyServerIssues(e, form.setError);
    }
  });
  const isHeld = c.hold !== null;
  const showError = save.error && !(save.error instanceof ApiError && save.error.code === 'VALIDATION');

  return (
    <Paper withBorder p="md" mt="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>{t(`offboarding.steps.${c.path}.${c.step}`)}</Title>
          <StepPanel c={c} form={form} />
          {c.hold && (
            <Alert color="yellow" title={t('offboarding.holdTitle')} role="status" data-testid="step-hold">
              <Text size="sm">{t(`offboarding.holds.${c.hold.code}`)}</Text>
              {c.hold.overridable && (
                <Button mt="sm" size="xs" variant="light" color="orange" onClick={overrideModal.open}>
                  {t('offboarding.actions.override')}
                </Button>
              )}
            </Alert>
          )}
          {fields.map((f) => (
            <StepField
              key={f.name}
              field={f}
              form={form}
              c={c}
              currency={currency}
              error={error}
              mergeValues={() => mergeWith(form.getValues())}
            />
          ))}
          {showError ? <ErrorAlert error={save.error} /> : null}
          <Group justify="space-between">
            <Group>
              <Button variant="subtle" onClick={() => void navigate(`/clients/${c.clientId}`)}>
                {t('offboarding.actions.leave')}
              </Button>
              <Button variant="subtle" color="red" onClick={abandonModal.open}>
                {t('offboarding.actions.abandon')}
              </Button>
            </Group>
            <Group>
              {c.canSkip && (
                <Button variant="default" onClick={() => save.mutate({ caseId: c.id, step: c.step, skip: true })}>
                  {t('offboarding.actions.skip')}
                </Button>
              )}
              <Button type="submit" loading={save.isPending} disabled={isHeld}>
                {t('offboarding.actions.saveStep')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <ReasonModal kind="override" c={c} opened={overriding} onClose={overrideModal.close} />
      <ReasonModal kind="abandon" c={c} opened={abandoning} onClose={abandonModal.close} />
    </Paper>
  );
}

/** Both the override and the abandon ask for a reason, which goes to the journal. */
function ReasonModal({
  kind,
  c,
  opened,
  onClose,
}: {
  kind: 'override' | 'abandon';
  c: OffboardingCaseView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const override = useOverrideHold();
  const abandon = useAbandonCase();
  const m = kind === 'override' ? override : abandon;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(kind === 'override' ? 'offboarding.actions.overrideTitle' : 'offboarding.actions.abandonTitle')}
    >
      <Stack>
        {kind === 'abandon' && <Text size="sm">{t('offboarding.actions.abandonText')}</Text>}
        <Textarea
          label={t('offboarding.actions.overrideReason')}
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        {m.error ? <ErrorAlert error={m.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            color={kind === 'abandon' ? 'red' : 'orange'}
            disabled={reason.trim() === ''}
            loading={m.isPending}
            onClick={async () => {
              await m.mutateAsync({ caseId: c.id, reason });
              onClose();
            }}
          >
            {t(kind === 'override' ? 'offboarding.actions.override' : 'offboarding.actions.abandon')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
