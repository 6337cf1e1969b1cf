#pragma once
// The analysis wing: pure computations over responses that say what a round shows and what changed. It owns the
// anonymity threshold's application, statistics, group results, change between rounds, coaching rankings and
// the organisation view. It never writes files, never builds sentences for readers (front ends turn its facts
// into text) and reads the store only in team_trend.h, to gather a team's or a round's responses, and in
// agreement_followup.h, to gather a team's agreements.
#include "analysis/agreement_followup.h"
#include "analysis/anonymity.h"
#include "analysis/change.h"
#include "analysis/coaching.h"
#include "analysis/group_result.h"
#include "analysis/organisation_view.h"
#include "analysis/reason_text.h"
#include "analysis/statistics.h"
#include "analysis/team_trend.h"
