import { Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAllSupportOffers, supportOfferInput, updateSupportOffer } from '../../api/admin.ts';
import { getSearchOptions, type Membership, type SupportOffer } from '../../api/client.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { AdminPage } from '../AdminPage.tsx';
import { DeleteDialog } from './DeleteDialog.tsx';
import { type Notice, noticeText } from './notice.ts';
import { OfferForm } from './OfferForm.tsx';
import { OfferTable } from './OfferTable.tsx';

/** "Støtte og utlån": the support schemes and equipment lending that families see next to the activities. */
export function SupportOffersPage() {
  const { t } = useTranslation();
  return (
    <AdminPage
      page="supportOffers"
      title={t('supportOffers.title')}
      documentTitle={t('supportOffers.documentTitle')}
      lead={t('supportOffers.lead')}
    >
      {(membership) => <SupportOfferAdmin membership={membership} />}
    </AdminPage>
  );
}

function SupportOfferAdmin({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const k = membership.kommunenummer;
  const offers = useLoad((signal) => listAllSupportOffers(k, signal), [k]);
  const options = useLoad((signal) => getSearchOptions(k, signal), [k]);
  const [notice, setNotice] = useState<Notice>();
  const [editing, setEditing] = useState<SupportOffer>();
  const [deleting, setDeleting] = useState<SupportOffer>();
  const [toggleError, setToggleError] = useState<unknown>();
  const [toggling, setToggling] = useState<string>();

  function changed(what: Notice) {
    setNotice(what);
    offers.reload();
  }

  async function setActive(offer: SupportOffer, active: boolean) {
    setToggleError(undefined);
    setToggling(offer.id);
    try {
      await updateSupportOffer(k, offer.id, supportOfferInput(offer, { active }));
      changed({ event: active ? 'activated' : 'deactivated', title: offer.title });
    } catch (caught) {
      setToggleError(caught);
    } finally {
      setToggling(undefined);
    }
  }

  const categories = options.data?.categories ?? [];

  return (
    <>
      <LiveNotice message={notice && noticeText(t, notice)} />

      <section aria-labelledby="support-list" className="page-section">
        <Heading level={2} data-size="md" id="support-list">
          {t('supportOffers.list.title')}
        </Heading>
        {toggleError !== undefined && <ApiErrorAlert error={toggleError} loginKind="staff" />}
        {offers.status === 'failed' && <ApiErrorAlert error={offers.error} loginKind="staff" />}
        <OfferTable
          offers={offers.data}
          busy={offers.status === 'loading'}
          toggling={toggling}
          onEdit={setEditing}
          onSetActive={setActive}
          onDelete={setDeleting}
        />
      </section>

      {options.status === 'failed' && <ApiErrorAlert error={options.error} loginKind="staff" />}
      <OfferForm
        key={editing?.id ?? 'new'}
        kommunenummer={k}
        offer={editing}
        categories={categories}
        onCancel={() => setEditing(undefined)}
        onSaved={(saved, created) => {
          setEditing(undefined);
          changed({ event: created ? 'added' : 'updated', title: saved.title });
        }}
      />

      <DeleteDialog
        kommunenummer={k}
        offer={deleting}
        onClose={() => setDeleting(undefined)}
        onDeleted={(offer) => {
          if (editing?.id === offer.id) setEditing(undefined);
          changed({ event: 'deleted', title: offer.title });
        }}
      />
    </>
  );
}
