import { Link } from "~/components/ui/link.tsx";
import type { ReactNode } from "react";
import { Joined } from "~/components/ui/misc.tsx";
import { Dutch } from "~/components/ui/content.tsx";
import { useTranslation } from "~/utils/translation.ts";
import { REGIONS } from "~/shared/regions.ts";

export type ProfileView = {
  id: string;
  displayName: string;
  organisation: string | null;
  fieldRole: string | null;
  region: string | null;
  bio: string | null;
};

export function regionName(slug: string | null): string | null {
  if (!slug) return null;
  return REGIONS.find(([value]) => value === slug)?.[1] ?? null;
}

export function MemberSummary({ profile, children }: { profile: ProfileView; children?: ReactNode }) {
  const { t } = useTranslation();
  const region = regionName(profile.region);
  // The role is the interface's; the organisation and the region are names in Dutch (decision 299).
  const details = [
    profile.fieldRole ? t(`common.fieldRoles.${profile.fieldRole as "OTHER"}`) : null,
    profile.organisation ? <Dutch text={profile.organisation} /> : null,
    region ? <Dutch text={region} /> : null,
  ].filter(Boolean);
  return (
    <div>
      <p className="font-semibold">
        <Link to={`/leden/${profile.id}`}>{profile.displayName}</Link>
        {children}
      </p>
      {details.length ? (
        <p className="text-sm text-ink-600">
          <Joined parts={details} />
        </p>
      ) : null}
    </div>
  );
}
