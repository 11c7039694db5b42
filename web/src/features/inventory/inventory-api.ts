import {
  careDevices,
  lotMovements,
  maintenanceLog,
  stockLot,
  stockOverview,
  type AdjustmentRequest,
  type CareDevices,
  type LotMovements,
  type MaintenanceLog,
  type MaintenanceRequest,
  type ReceiveLotRequest,
  type StockLot,
  type StockOverview,
} from '@corium/contracts';
import { request, segment } from '../../lib/api';

/** Stock by product and lot, and pen care. */
export const inventoryApi = {
  stock: (): Promise<StockOverview> => request('GET', '/api/inventory/products', stockOverview),
  receiveLot: (productId: string, body: ReceiveLotRequest): Promise<StockLot> =>
    request('POST', `/api/inventory/products/${segment(productId)}/lots`, stockLot, body),
  adjustLot: (lotId: string, body: AdjustmentRequest): Promise<StockLot> =>
    request('POST', `/api/inventory/lots/${segment(lotId)}/adjustments`, stockLot, body),
  movements: (lotId: string): Promise<LotMovements> =>
    request('GET', `/api/inventory/lots/${segment(lotId)}/movements`, lotMovements),
  devices: (): Promise<CareDevices> => request('GET', '/api/inventory/devices', careDevices),
  careLog: (deviceId: string): Promise<MaintenanceLog> =>
    request('GET', `/api/devices/${segment(deviceId)}/maintenance`, maintenanceLog),
  recordCare: (deviceId: string, body: MaintenanceRequest): Promise<MaintenanceLog> =>
    request('POST', `/api/devices/${segment(deviceId)}/maintenance`, maintenanceLog, body),
};
